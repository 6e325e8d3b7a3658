/** How the editor shows the draft: the form, the rendered export, both side by side, or the whole document as Markdown. */
export type ViewMode = 'edit' | 'preview' | 'split' | 'source';

export const VIEW_LABELS: Record<ViewMode, string> = { edit: 'Edit', preview: 'Preview', split: 'Split', source: 'Source' };

/** What each view is, for the buttons' descriptions. */
export const VIEW_HINTS: Record<ViewMode, string> = {
  edit: 'The form',
  preview: 'The exported Markdown, rendered',
  split: 'The form beside the rendered export, scrolled together',
  source: 'The whole document as Markdown',
};
