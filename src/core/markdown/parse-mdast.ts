import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/**
 * Markdown -> mdast as GitHub reads it (CommonMark + GFM), every node with
 * its source position; a whole file's YAML frontmatter with `frontmatter`
 * (a piece of a file has none: its `---` is a rule). micromark is linear on
 * any input.
 */
export function parseMdast(markdown: string, options: { frontmatter?: boolean } = {}): Root {
  if (!options.frontmatter) return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return fromMarkdown(markdown, { extensions: [gfm(), frontmatter()], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown()] });
}
