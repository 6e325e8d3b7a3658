import { useEffect, useRef, type RefObject } from 'react';
import { MarkdownPreview } from '../draft-review/markdown-preview';
import { useReview } from '../draft-review/review-store';
import { createScrollSync, type ScrollSync } from './scroll-sync';
import './split-view.css';

const FIELD = 'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea, select, [role="textbox"]';

/**
 * The right half of Split: the live preview in a pane of its own, kept at the
 * place of the form (the window's scroll) and of the field being edited; a
 * click in it goes to that part of the form and focuses its first field.
 */
export function SplitPreview({ draftId, form }: { draftId: string; form: RefObject<HTMLDivElement | null> }) {
  const pane = useRef<HTMLDivElement>(null);
  const sync = useRef<ScrollSync | null>(null);
  const markdown = useReview(draftId, (s) => s.markdown, '');

  useEffect(() => {
    const formElement = form.current;
    const paneElement = pane.current;
    if (!formElement || !paneElement) return;
    const dockHeight = () => parseFloat(getComputedStyle(formElement).getPropertyValue('--dock-height')) || 0;
    const s = createScrollSync(formElement, paneElement, () => dockHeight() + 8);
    sync.current = s;
    let frame = 0;
    const once = (run: () => void) => () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(run);
    };
    const onWindow = once(() => s.formScrolled());
    const onPane = once(() => s.previewScrolled());
    const onEdit = (event: Event) => {
      const target = event.target;
      if (target instanceof Element) once(() => s.reveal(target))();
    };
    window.addEventListener('scroll', onWindow, { passive: true });
    paneElement.addEventListener('scroll', onPane, { passive: true });
    formElement.addEventListener('focusin', onEdit);
    formElement.addEventListener('input', onEdit);
    s.formScrolled();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onWindow);
      paneElement.removeEventListener('scroll', onPane);
      formElement.removeEventListener('focusin', onEdit);
      formElement.removeEventListener('input', onEdit);
      sync.current = null;
    };
  }, [form]);

  // The preview re-rendered (typing paused): the edited field's part may have moved.
  useEffect(() => {
    const active = document.activeElement;
    if (active && form.current?.contains(active)) sync.current?.reveal(active);
  }, [markdown, form]);

  const jump = (event: React.MouseEvent) => {
    const target = event.target as Element;
    if (target.closest('a[href], button, summary, input')) return; // a link or control in the preview does its own thing
    const pair = sync.current?.pairAt(target);
    if (!pair) return;
    const field = pair.form.querySelector<HTMLElement>(FIELD) ?? pair.form.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  };

  return (
    // The pane scrolls on its own, so it takes focus for the keyboard's arrows; a click picks a section to edit.
    <div className="split-preview" ref={pane} tabIndex={0} role="region" aria-label="Live preview" onClick={jump}>
      <MarkdownPreview draftId={draftId} />
    </div>
  );
}
