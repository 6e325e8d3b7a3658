const paths = {
  code: 'M5.5 4.5 2 8l3.5 3.5M10.5 4.5 14 8l-3.5 3.5',
  link: 'M6.5 9.5l3-3M7.2 4.3l.9-.9a2.8 2.8 0 0 1 4 4l-.9.9M8.8 11.7l-.9.9a2.8 2.8 0 0 1-4-4l.9-.9',
  bulletList: 'M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5M2.5 4h.01M2.5 8h.01M2.5 12h.01',
  orderedList: 'M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5M2 2.5h1v3M2 7.5h2l-2 3h2',
  taskList: 'M1.5 2.5h4v4h-4zM1.5 9.5h4v4h-4zM2.5 4.5l1 1 1.5-2M8 4.5h6M8 11.5h6',
  codeBlock: 'M2 2.5h12a.5.5 0 0 1 .5.5v10a.5.5 0 0 1-.5.5H2a.5.5 0 0 1-.5-.5V3a.5.5 0 0 1 .5-.5zM5 6.5 3.5 8 5 9.5M11 6.5 12.5 8 11 9.5M7 10.5l2-5',
  table: 'M2 2.5h12a.5.5 0 0 1 .5.5v10a.5.5 0 0 1-.5.5H2a.5.5 0 0 1-.5-.5V3a.5.5 0 0 1 .5-.5zM1.5 6.5h13M1.5 10h13M6 6.5v7M10.5 6.5v7',
  undo: 'M5.5 3 2.5 6l3 3M2.5 6h7a3.5 3.5 0 0 1 0 7H7',
  redo: 'M10.5 3l3 3-3 3M13.5 6h-7a3.5 3.5 0 0 0 0 7H9',
} as const;

export type ToolbarIconName = keyof typeof paths;

/** A 16px line icon for the prose toolbar; the button around it carries the name. */
export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg className="prose-toolbar-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
