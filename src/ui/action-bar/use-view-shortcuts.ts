import { useEffect, useRef } from 'react';
import type { ViewMode } from './view-mode';

/** Alt+Shift+ a letter, by the key's place (Alt turns letters into other characters on a Mac). */
const KEYS: Record<string, ViewMode | 'checks'> = { KeyP: 'preview', KeyC: 'checks', KeyS: 'split', KeyM: 'source' };

/**
 * The view shortcuts (listed in the help panel, src/ui/shortcuts): Alt+Shift+P
 * Preview, Alt+Shift+C Checks, Alt+Shift+S Split, Alt+Shift+M Markdown
 * source. Pressed again, a view shortcut goes back to the form. They work
 * while typing too: no text field takes Alt+Shift+ a letter.
 */
export function useViewShortcuts(view: ViewMode, onView: (view: ViewMode) => void, onChecks: () => void): void {
  const latest = useRef({ view, onView, onChecks });
  useEffect(() => {
    latest.current = { view, onView, onChecks };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const target = KEYS[event.code];
      if (!target) return;
      event.preventDefault();
      const { view: current, onView: setView, onChecks: toggleChecks } = latest.current;
      if (target === 'checks') toggleChecks();
      else setView(current === target ? 'edit' : target);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
