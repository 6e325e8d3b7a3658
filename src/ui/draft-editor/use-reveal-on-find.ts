import { useEffect } from 'react';
import { revealAllSections } from './progressive-sections';

/**
 * Find in page (Ctrl+F's last match, `window.find`) selects the words it finds.
 * When it finds them in a section not rendered yet (a SectionPlaceholder), the
 * form renders at once and the same words are selected in the real section,
 * in a field when they are a field's value, and brought into view.
 */
export function useRevealOnFind(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onSelection = () => {
      const selection = document.getSelection();
      const anchor = selection?.anchorNode;
      const holder = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest<HTMLElement>('[data-placeholder-for]');
      const sectionId = holder?.dataset.placeholderFor;
      const text = selection?.toString() ?? '';
      if (!selection || !sectionId) return;
      revealAllSections();
      const section = document.querySelector<HTMLElement>(`.draft-section[data-section-id="${CSS.escape(sectionId)}"]`);
      if (section && !(text && (selectInText(section, text, selection) || selectInField(section, text)))) section.scrollIntoView({ block: 'start' });
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [enabled]);
}

function selectInText(root: HTMLElement, text: string, selection: Selection): boolean {
  const wanted = text.toLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.textContent ?? '').toLowerCase().indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    selection.removeAllRanges();
    selection.addRange(range);
    node.parentElement?.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

function selectInField(root: HTMLElement, text: string): boolean {
  const wanted = text.toLowerCase();
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=checkbox]):not([type=radio]), textarea')) {
    const at = field.value.toLowerCase().indexOf(wanted);
    if (at < 0) continue;
    field.focus({ preventScroll: true });
    field.setSelectionRange(at, at + text.length);
    field.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}
