// The benchmark's WYSIWYG peer: what a plain rich-text Markdown editor does
// with a spec, one TipTap editor holding the whole exported Markdown, with the
// same TipTap packages and Markdown handling the app's prose fields use, and
// nothing of Specwright's (no form, no checks, no autosave).
import { Editor } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Markdown } from '@tiptap/markdown';
import StarterKit from '@tiptap/starter-kit';

const markdown = (window as unknown as { __peerMarkdown?: string }).__peerMarkdown ?? '';
const element = document.getElementById('editor');
if (element) {
  new Editor({
    element,
    extensions: [StarterKit, TaskList, TaskItem.configure({ nested: true }), TableKit.configure({ table: { resizable: false } }), Markdown],
    content: markdown,
    contentType: 'markdown',
  });
}
