import type { Editor } from '@tiptap/core';
import { useEditorState, type EditorStateSnapshot } from '@tiptap/react';
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { linkTarget, type LinkTarget } from './edit-link';
import { LinkPopover } from './link-popover';
import { ToolbarIcon } from './toolbar-icon';

type ToolbarState = ReturnType<typeof selectToolbarState>;

type ToolbarButton = {
  name: string;
  /** Shown in the tooltip only; the accessible name stays `name`. */
  shortcut?: string;
  content: ReactNode;
  /** Toggles report their state with aria-pressed; plain actions have none. */
  pressed?: (state: ToolbarState) => boolean;
  disabled?: (state: ToolbarState) => boolean;
  run: (editor: Editor) => void;
  /** Only shown while the caret is in a table. */
  tableOnly?: boolean;
  /** Opens the link popover instead of running a command. */
  opensLinkEditor?: true;
};

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

function toolbarGroups(headingFloor: number): ToolbarButton[][] {
  return [
    [
      { name: 'Bold', shortcut: `${mod}B`, content: <b aria-hidden="true">B</b>, pressed: (s) => s.bold, run: (e) => e.chain().focus().toggleBold().run() },
      { name: 'Italic', shortcut: `${mod}I`, content: <i aria-hidden="true">I</i>, pressed: (s) => s.italic, run: (e) => e.chain().focus().toggleItalic().run() },
      { name: 'Inline code', shortcut: `${mod}E`, content: <ToolbarIcon name="code" />, pressed: (s) => s.code, run: (e) => e.chain().focus().toggleCode().run() },
      { name: 'Link', content: <ToolbarIcon name="link" />, pressed: (s) => s.link, opensLinkEditor: true, run: () => {} },
    ],
    headingButtons(headingFloor),
    [
      { name: 'Bulleted list', shortcut: `${mod}Shift+8`, content: <ToolbarIcon name="bulletList" />, pressed: (s) => s.bulletList, run: (e) => e.chain().focus().toggleBulletList().run() },
      { name: 'Numbered list', shortcut: `${mod}Shift+7`, content: <ToolbarIcon name="orderedList" />, pressed: (s) => s.orderedList, run: (e) => e.chain().focus().toggleOrderedList().run() },
      { name: 'Task list', shortcut: `${mod}Shift+9`, content: <ToolbarIcon name="taskList" />, pressed: (s) => s.taskList, run: (e) => e.chain().focus().toggleTaskList().run() },
      { name: 'Code block', shortcut: `${mod}Alt+C`, content: <ToolbarIcon name="codeBlock" />, pressed: (s) => s.codeBlock, run: (e) => e.chain().focus().toggleCodeBlock().run() },
      {
        name: 'Insert table',
        content: <ToolbarIcon name="table" />,
        disabled: (s) => s.inTable,
        run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      },
    ],
    [
      { name: 'Add row', content: '+ Row', tableOnly: true, run: (e) => e.chain().focus().addRowAfter().run() },
      { name: 'Add column', content: '+ Column', tableOnly: true, run: (e) => e.chain().focus().addColumnAfter().run() },
      { name: 'Delete row', content: '− Row', tableOnly: true, run: (e) => e.chain().focus().deleteRow().run() },
      { name: 'Delete column', content: '− Column', tableOnly: true, run: (e) => e.chain().focus().deleteColumn().run() },
      { name: 'Delete table', content: 'Delete table', tableOnly: true, run: (e) => e.chain().focus().deleteTable().run() },
    ],
    [
      { name: 'Undo', shortcut: `${mod}Z`, content: <ToolbarIcon name="undo" />, disabled: (s) => !s.canUndo, run: (e) => e.chain().focus().undo().run() },
      { name: 'Redo', shortcut: `${mod}Shift+Z`, content: <ToolbarIcon name="redo" />, disabled: (s) => !s.canRedo, run: (e) => e.chain().focus().redo().run() },
    ],
  ];
}

function selectToolbarState({ editor }: EditorStateSnapshot<Editor>) {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    code: editor.isActive('code'),
    link: editor.isActive('link'),
    heading: editor.getAttributes('heading').level as number | undefined,
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    taskList: editor.isActive('taskList'),
    codeBlock: editor.isActive('codeBlock'),
    inTable: editor.isActive('table'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    selectionEmpty: editor.state.selection.empty,
  };
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The two heading levels below the field's section (H3 and H4 in a `##`
 * section, H5 and H6 in a `####` one): what the button says is what the
 * export writes. None below a level-6 section, one below a level-5.
 */
function headingButtons(floor: number): ToolbarButton[] {
  return [floor, floor + 1]
    .filter((level): level is Level => level >= 1 && level <= 6)
    .map((level) => ({
      name: `Heading ${level}`,
      content: <span aria-hidden="true">H{level}</span>,
      pressed: (s: ToolbarState) => s.heading === level,
      run: (e: Editor) => e.chain().focus().toggleHeading({ level }).run(),
    }));
}

type ProseToolbarProps = {
  editor: Editor;
  id: string;
  /** The field's name, for the toolbar's own. */
  label: string;
  controls: string;
  /** The shallowest heading level the field may have (one below its section's). */
  headingFloor?: number;
  /** Comments on the selected words (fields of a draft's document only). */
  onComment?: () => void;
};

/**
 * Formatting buttons for the live editor. One tab stop (arrow keys move
 * between buttons); buttons keep the caret in the text when clicked. Reads
 * editor state through one `useEditorState` selector, so it re-renders only
 * when a button's state changes, not on every keystroke.
 */
export function ProseToolbar({ editor, id, label, controls, headingFloor = 3, onComment }: ProseToolbarProps) {
  const state = useEditorState({ editor, selector: selectToolbarState });
  const [current, setCurrent] = useState(0);
  const [link, setLink] = useState<LinkTarget | null>(null);
  const commentGroup: ToolbarButton[] = onComment
    ? [{ name: 'Comment on the selection', shortcut: `${mod}Alt+M`, content: <span aria-hidden="true">Comment</span>, disabled: (s) => s.selectionEmpty, run: onComment }]
    : [];
  const visible = [...toolbarGroups(headingFloor), commentGroup].map((group) => group.filter((button) => !button.tableOnly || state.inTable)).filter((group) => group.length > 0);
  const flat = visible.flat();
  const focusIndex = Math.min(current, flat.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    let next = at;
    if (event.key === 'ArrowRight') next = (at + 1) % buttons.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      editor.commands.focus();
      return;
    } else return;
    event.preventDefault();
    setCurrent(next);
    buttons[next]?.focus();
  };

  let index = -1;
  return (
    <>
      <div
        className="prose-toolbar"
        id={id}
        role="toolbar"
        aria-label={`Formatting for ${label}`}
        aria-controls={controls}
        onKeyDown={onKeyDown}
        onMouseDown={keepEditorFocus}
      >
        {visible.map((group, groupIndex) => (
          <div className="prose-toolbar-group" key={groupIndex}>
            {group.map((button) => {
              index++;
              const buttonIndex = index;
              const pressed = button.pressed?.(state);
              // aria-disabled, not disabled: a disabled button cannot hold the toolbar's tab stop.
              const disabled = button.disabled?.(state) ?? false;
              return (
                <button
                  key={button.name}
                  type="button"
                  className="prose-toolbar-button"
                  aria-label={button.name}
                  aria-pressed={pressed}
                  title={button.shortcut ? `${button.name} (${button.shortcut})` : button.name}
                  aria-disabled={disabled || undefined}
                  tabIndex={buttonIndex === focusIndex ? 0 : -1}
                  onFocus={() => setCurrent(buttonIndex)}
                  onClick={() => {
                    if (disabled) return;
                    if (button.opensLinkEditor) setLink(link ? null : linkTarget(editor));
                    else button.run(editor);
                  }}
                >
                  {button.content}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {link && (
        <LinkPopover editor={editor} target={link} onClose={() => setLink(null)} />
      )}
    </>
  );
}

/** A press on the toolbar, on a button or between them, must not take focus (and the selection) from the text. */
function keepEditorFocus(event: MouseEvent<HTMLDivElement>): void {
  event.preventDefault();
}
