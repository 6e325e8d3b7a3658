import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

/**
 * CommonMark + GFM -> mdast with source positions. The maintained parser, so
 * a `#` line in fenced code is not a heading and a setext heading is one,
 * exactly as a renderer sees them; linear on any input. A whole file's YAML
 * frontmatter is read unless `frontmatter: false` (a piece of a file, whose
 * `---` is a rule).
 */
export function parseMdast(markdown: string, options: { frontmatter?: boolean } = {}): Root {
  if (options.frontmatter === false) return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}
