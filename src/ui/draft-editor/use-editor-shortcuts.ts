import { bringIntoView } from '../scroll/bring-into-view';
import { useEffect } from 'react';
import { draftsStore } from '../../store/drafts-store';
import { revealAllSections } from './progressive-sections';

/**
 * The editor's shortcuts: mod+S saves now, mod+Shift+E downloads (through the
 * Download button, so the confirmation for errors still applies), Alt+↓/↑
 * move to the next/previous section heading.
 */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.shiftKey && key === 's') {
        event.preventDefault();
        void draftsStore.getState().flush();
      } else if (mod && event.shiftKey && key === 'e') {
        event.preventDefault();
        document.querySelector<HTMLButtonElement>('[data-shortcut="download"]')?.click();
      } else if (event.altKey && !mod && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        moveSection(event.key === 'ArrowDown' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function moveSection(step: 1 | -1): void {
  revealAllSections();
  const headings = [...document.querySelectorAll<HTMLElement>('.draft-editor-form .draft-section-title')];
  if (headings.length === 0) return;
  const current = document.activeElement?.closest('.draft-section')?.querySelector<HTMLElement>('.draft-section-title');
  const index = current ? headings.indexOf(current) : -1;
  const next = headings[Math.min(headings.length - 1, Math.max(0, index + step))];
  if (next) bringIntoView(next, 'start');
  next?.focus({ preventScroll: true });
}
