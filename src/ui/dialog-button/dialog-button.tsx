import { Suspense, useRef, useState, type ReactNode } from 'react';

/**
 * A toolbar button that opens a modal dialog, whose content mounts (and, when
 * it is lazy, loads) only while the dialog is open. The content closes it with
 * `closeDialog` (the dialog element around it).
 */
export function DialogButton({ label, titleId, className, children }: { label: string; titleId: string; className: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
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
        {open && <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>}
      </dialog>
    </>
  );
}

/** Closes the dialog around `element`. */
export function closeDialog(element: Element | null): void {
  element?.closest('dialog')?.close();
}
