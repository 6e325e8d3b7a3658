import { Suspense, useCallback, useRef, useState, type ReactNode } from 'react';

/**
 * A toolbar button that opens a modal dialog, whose content mounts (and, when
 * it is lazy, loads) only while the dialog is open.
 */
export function DialogButton({ label, titleId, className, children }: { label: string; titleId: string; className: string; children: (close: () => void) => ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => dialog.current?.close(), []);
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} className={className} aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open && <Suspense fallback={<p role="status">Loading…</p>}>{children(close)}</Suspense>}
      </dialog>
    </>
  );
}
