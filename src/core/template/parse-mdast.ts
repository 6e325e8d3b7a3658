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
  const yaml = options.frontmatter !== false;
  try {
    return fromMarkdown(markdown, {
      extensions: [gfm(), ...(yaml ? [frontmatter(['yaml'])] : [])],
      mdastExtensions: [gfmFromMarkdown(), ...(yaml ? [frontmatterFromMarkdown(['yaml'])] : [])],
    });
  } catch {
    // The GFM task-list step asserts on an empty item followed by a `[x] …` line (`*` then `[ ] a`) in the
    // development build (tests, the dev server). Plain CommonMark reads the same blocks, tables and task
    // boxes aside, and never throws: better a slightly plainer reading than none.
    return fromMarkdown(markdown, yaml ? { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] } : {});
  }
}
