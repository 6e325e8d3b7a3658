import { Extension, InputRule } from '@tiptap/core';
import { safeLinkHref } from './safe-link-href';

/** `[text](url)` as typed, once the closing parenthesis is: text, then an address with no blank in it. */
export const MARKDOWN_LINK = /\[([^\]\n]+)\]\(([^()\s]+)\)$/;

/**
 * Typing `[text](url)` in prose makes a link of it, as Markdown would: the
 * text stays, linked to the address. An address `safeLinkHref` refuses
 * (`javascript:`) stays as typed, so nothing is lost and nothing runs.
 */
export const MarkdownLinkInput = Extension.create({
  name: 'markdownLinkInput',
  addInputRules() {
    const linkType = this.editor.schema.marks.link;
    if (!linkType) return [];
    return [
      new InputRule({
        find: MARKDOWN_LINK,
        handler: ({ state, range, match }) => {
          const [, text = '', address = ''] = match;
          const href = safeLinkHref(address);
          if (href === null || text.trim() === '') return null;
          const marks = state.doc.resolve(range.from).marks().filter((mark) => mark.type !== linkType);
          state.tr.replaceWith(range.from, range.to, state.schema.text(text, [...marks, linkType.create({ href })]));
          // What is typed next is not part of the link.
          state.tr.removeStoredMark(linkType);
        },
      }),
    ];
  },
});
