import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import { Markdown } from '@tiptap/markdown';
import StarterKit from '@tiptap/starter-kit';
import { Collaboration } from '@tiptap/extension-collaboration';
import type { XmlFragment } from 'yjs';
import { Marked, type marked } from 'marked';
import { markdownHeadingInput } from './markdown-heading-input';
import { KeepCaretOnRemoteEdit } from './keep-caret-on-remote-edit';
import { MarkdownLinkInput } from './markdown-link-input';
import { safeLinkHref } from './safe-link-href';
import { TemplatePlaceholderHighlight } from './template-placeholder-highlight';

type ProseExtensionOptions = {
  /** The template's hint, shown while the field is empty. */
  placeholder?: string;
  /** The shallowest heading level typed Markdown makes (one below the field's section). */
  headingFloor?: number;
  /** The draft document's fragment for this field: the editor then edits it directly (TipTap's Collaboration), with its undo. */
  fragment?: XmlFragment | null;
  /** Called once the fragment's content is first shown. */
  onFirstRender?: () => void;
  /** Extensions for a team draft's field (the others' carets), only with a fragment. */
  team?: AnyExtension[];
};

/**
 * The extensions of a prose field's editor, in one place so the round-trip
 * tests run the same schema and Markdown handling as the page.
 */
export function proseExtensions({ placeholder = '', headingFloor = 3, fragment = null, onFirstRender, team = [] }: ProseExtensionOptions = {}): AnyExtension[] {
  return [
    ...(fragment ? [Collaboration.configure({ fragment, onFirstRender }), KeepCaretOnRemoteEdit, ...team] : []),
    StarterKit.configure({
      // Collaboration brings its own undo, which keeps to this editor's own changes.
      ...(fragment ? { undoRedo: false as const } : {}),
      // Markdown has no underline; GFM would get TipTap's `++text++`.
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => safeLinkHref(url) !== null,
      },
    }),
    TaskList,
    TaskItem.configure({
      nested: true,
      a11y: { checkboxLabel: (node, checked) => `${checked ? 'Done' : 'To do'}: ${node.textContent || 'empty task'}` },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Placeholder.configure({ placeholder }),
    TemplatePlaceholderHighlight,
    MarkdownLinkInput,
    markdownHeadingInput(headingFloor),
    Markdown.configure({
      // A fresh marked per editor: given none, @tiptap/markdown adds its
      // tokenizers to the shared `marked` singleton on every editor created,
      // so they pile up (one editor is mounted per activation) and break
      // `marked.parse` elsewhere. The instance has every member it uses
      // (`Lexer`, `lexer`, `use`, `setOptions`, `defaults`); its type asks
      // for the callable singleton.
      marked: new Marked() as unknown as typeof marked,
      markedOptions: { gfm: true },
    }),
  ];
}
