import { useEffect, useRef } from 'react';
import { isTyping, SHORTCUTS } from './shortcut-list';
import './shortcuts-help.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The list of shortcuts, opened with `?` (outside text fields) or the
 * "Keyboard shortcuts" button; `/` focuses the drafts search where there is one.
 */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        dialog.current?.showModal();
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="shortcuts-button" onClick={() => dialog.current?.showModal()} aria-keyshortcuts="?">
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="shortcuts-help" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={i}>
                      {i > 0 && ' + '}
                      <kbd>{k === 'mod' ? (isMac ? '⌘' : 'Ctrl') : k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.action}</td>
                <td className="shortcuts-where">{s.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="button button-primary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
