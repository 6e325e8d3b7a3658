import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { BlockFieldProps } from './block-field-props';
import { BlockGroup } from './block-group';
import { sourceTextProps } from './source-text-props';
import { checkJson } from '../../core/validate/check-json';
import './block-fields.css';
import './code-field.css';
import { MermaidLive } from '../github-preview/mermaid-live';

const INDENT = '  ';

/**
 * A fenced code block: monospace text with its language. Tab indents, since
 * code is typed with it; Shift+Tab, or Escape then Tab, leaves the field, so
 * keyboard users are never trapped. JSON is checked as it is typed.
 */
export function CodeField({ block, value, onChange, idBase }: BlockFieldProps<'code'>) {
  const codeId = `${idBase}-code`;
  const langId = `${idBase}-lang`;
  const keysId = `${idBase}-keys`;
  const statusId = `${idBase}-status`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  // After Escape, the next Tab moves focus instead of indenting.
  const released = useRef(false);
  const caret = useRef<number | null>(null);

  const isJson = value.lang.trim().toLowerCase() === 'json';
  const json = isJson && value.code.trim() !== '' ? checkJson(value.code) : null;

  useLayoutEffect(() => {
    // Put the caret back after an indent the browser could not insert itself.
    const element = textarea.current;
    if (element && caret.current !== null) {
      element.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  }, [value.code]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      released.current = true;
      return;
    }
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || released.current) {
      released.current = false;
      return;
    }
    event.preventDefault();
    const element = event.currentTarget;
    // execCommand keeps the browser's own undo history for the field; where it is missing, splice the text.
    if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, INDENT)) return;
    const { selectionStart, selectionEnd } = element;
    caret.current = selectionStart + INDENT.length;
    onChange({ ...value, code: value.code.slice(0, selectionStart) + INDENT + value.code.slice(selectionEnd) });
  }

  return (
    <BlockGroup label={block.label} className="code-field">
      <div className="code-field-bar">
        <label className="code-field-lang-label" htmlFor={langId}>
          Language
        </label>
        <input
          id={langId}
          type="text"
          className="block-field-input code-field-lang"
          value={value.lang}
          placeholder="none"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          onChange={(e) => onChange({ ...value, lang: e.target.value })}
        />
      </div>
      <label className="visually-hidden" htmlFor={codeId}>
        {block.label ? `${block.label} code` : value.lang ? `Code (${value.lang})` : 'Code'}
      </label>
      <textarea
        ref={textarea}
        id={codeId}
        {...sourceTextProps(value.code)}
        value={value.code}
        aria-describedby={isJson ? `${statusId} ${keysId}` : keysId}
        aria-invalid={json !== null && !json.valid}
        onKeyDown={onKeyDown}
        onBlur={() => {
          released.current = false;
        }}
        onChange={(e) => onChange({ ...value, code: e.target.value })}
      />
      <div className="code-field-foot">
        {/* The detail is shown and described; only the verdict is announced, so typing is not read out at every key. */}
        <p id={statusId} className={json && !json.valid ? 'code-field-status code-field-status-error' : 'code-field-status'}>
          {json && (json.valid ? 'Valid JSON' : `Invalid JSON at line ${json.line}, column ${json.column}: ${json.message}`)}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {json && (json.valid ? 'Valid JSON' : 'Invalid JSON')}
        </p>
        <p id={keysId} className="code-field-keys">
          Tab indents. Press Esc, then Tab, to leave.
        </p>
      </div>
      {value.lang.trim().toLowerCase() === 'mermaid' && <MermaidLive code={value.code} />}
    </BlockGroup>
  );
}
