import type { Editor } from '@tiptap/core';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { applyLink, removeLink, type LinkTarget } from './edit-link';

type LinkPopoverProps = {
  editor: Editor;
  target: LinkTarget;
  /** Closes the popover; the caller puts the focus back in the text. */
  onClose: () => void;
};

/**
 * The toolbar's link editor: the link's text and address, with Remove for a
 * link that is there already. Enter applies, Escape cancels; either way the
 * focus goes back into the text. An address that cannot be a link is said
 * so here, and nothing changes.
 */
export function LinkPopover({ editor, target, onClose }: LinkPopoverProps) {
  const ids = useId();
  const [text, setText] = useState(target.text);
  const [address, setAddress] = useState(target.href);
  const [error, setError] = useState<string | null>(null);
  const addressInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (address.trim() === '') {
      setError('Give the link an address.');
      addressInput.current?.focus();
      return;
    }
    const problem = applyLink(editor, target, text, address);
    if (problem) {
      setError(problem);
      addressInput.current?.focus();
      return;
    }
    onClose();
  };

  const cancel = () => {
    editor.commands.focus();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };

  return (
    <div className="link-popover" role="dialog" aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <form onSubmit={submit}>
        <p id={`${ids}-title`} className="link-popover-title">
          {target.href ? 'Edit link' : 'Add link'}
        </p>
        <label>
          <span>Text</span>
          <input className="block-field-input" value={text} onChange={(e) => setText(e.target.value)} placeholder="The address, when left empty" />
        </label>
        <label>
          <span>Address</span>
          <input
            className="block-field-input"
            ref={addressInput}
            value={address}
            onChange={(e) => {
              setAddress(e.target.value);
              setError(null);
            }}
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://…, mailto:…, or #section"
            aria-invalid={error !== null || undefined}
            aria-describedby={error ? `${ids}-error` : undefined}
            // The popover opens for the address: the text is usually the selection already.
            autoFocus
          />
        </label>
        {error && (
          <p id={`${ids}-error`} className="link-popover-error" role="alert">
            {error}
          </p>
        )}
        <div className="link-popover-actions">
          <button type="submit" className="button">
            {target.href ? 'Save link' : 'Add link'}
          </button>
          {target.href && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                removeLink(editor, target);
                onClose();
              }}
            >
              Remove link
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
