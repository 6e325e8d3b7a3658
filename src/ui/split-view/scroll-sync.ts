import { sectionPairs, type SectionPair } from './section-pairs';

/**
 * Keeps the form (scrolled with the window) and the split preview (a pane
 * of its own) at the same place in the document. Each side is mapped to the
 * other through the pair of section and heading around the reading line,
 * and the distance into it, so a long section scrolls smoothly on both.
 */
export type ScrollSync = {
  /** The form moved (the window scrolled): bring the preview along. */
  formScrolled(): void;
  /** The preview pane was scrolled by the user: bring the form along. */
  previewScrolled(): void;
  /** Keep this element of the form (being edited) in view in the preview. */
  reveal(element: Element): void;
  /** The section the preview shows at this element (a click), with its form part. */
  pairAt(target: Node): SectionPair | null;
};

/** A scroll this code made is not a user's: its event is ignored when it lands where it was sent. */
const TOLERANCE = 2;

export function createScrollSync(form: HTMLElement, pane: HTMLElement, topInset: () => number): ScrollSync {
  let sentPane: number | null = null;
  let sentWindow: number | null = null;
  let settle = 0;

  /** An element's top in the pane's scrolled content. */
  const inPane = (element: Element) => element.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  /** An element's top in the page. */
  const inPage = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

  const scrollPane = (top: number) => {
    const target = Math.max(0, Math.min(top, pane.scrollHeight - pane.clientHeight));
    if (Math.abs(target - pane.scrollTop) < TOLERANCE) return;
    sentPane = target;
    pane.scrollTop = target;
  };
  const scrollWindow = (top: number) => {
    const target = Math.max(0, Math.min(top, document.documentElement.scrollHeight - window.innerHeight));
    if (Math.abs(target - window.scrollY) < TOLERANCE) return;
    sentWindow = target;
    window.scrollTo({ top: target });
  };

  /** Where `y` (on the side `from`) falls: the pair before it and how far into it (0..1). */
  const locate = (pairs: SectionPair[], y: number, from: (p: SectionPair) => number): { index: number; fraction: number } | null => {
    let index = -1;
    for (let k = 0; k < pairs.length; k++) if (from(pairs[k]!) <= y) index = k;
    if (index < 0) return null;
    const start = from(pairs[index]!);
    const nextPair = pairs[index + 1];
    const end = nextPair ? from(nextPair) : start + Math.max(1, (from === formTop ? form : pane).getBoundingClientRect().height);
    return { index, fraction: Math.min(1, Math.max(0, (y - start) / Math.max(1, end - start))) };
  };
  const formTop = (p: SectionPair) => inPage(p.formAnchor);
  const paneTop = (p: SectionPair) => inPane(p.preview);
  /** The place on the other side, through the pair and the fraction. */
  const across = (pairs: SectionPair[], at: { index: number; fraction: number }, to: (p: SectionPair) => number, end: number) => {
    const start = to(pairs[at.index]!);
    const nextPair = pairs[at.index + 1];
    const stop = nextPair ? to(nextPair) : end;
    return start + at.fraction * (stop - start);
  };

  const followPreview = () => {
    const pairs = sectionPairs(form, pane);
    const at = locate(pairs, pane.scrollTop + 8, paneTop);
    if (!at) return scrollWindow(inPage(form) - topInset());
    scrollWindow(across(pairs, at, formTop, inPage(form) + form.getBoundingClientRect().height) - topInset());
  };

  return {
    formScrolled() {
      if (sentWindow !== null && Math.abs(window.scrollY - sentWindow) < TOLERANCE) {
        sentWindow = null;
        return;
      }
      sentWindow = null;
      const pairs = sectionPairs(form, pane);
      const line = window.scrollY + topInset();
      const at = locate(pairs, line, formTop);
      if (!at) return scrollPane(0);
      scrollPane(across(pairs, at, paneTop, pane.scrollHeight) - 8);
    },
    previewScrolled() {
      if (sentPane !== null && Math.abs(pane.scrollTop - sentPane) < TOLERANCE) {
        sentPane = null;
        return;
      }
      sentPane = null;
      followPreview();
      // Sections the window scrolls to are laid out as they come into view (content-visibility), which moves
      // them: once more after that layout, so the form lands where the preview is.
      cancelAnimationFrame(settle);
      settle = requestAnimationFrame(() => followPreview());
    },
    reveal(element) {
      const pairs = sectionPairs(form, pane);
      // Sections nest: the innermost one holding the element.
      let index = -1;
      pairs.forEach((p, k) => {
        if (p.form.contains(element)) index = k;
      });
      if (index < 0) return;
      const at = locate(pairs, inPage(element), formTop);
      const target = across(pairs, at && at.index === index ? at : { index, fraction: 0 }, paneTop, pane.scrollHeight);
      // Only when it is out of sight: a pane that jumps on every keystroke cannot be read.
      const visible = target >= pane.scrollTop + 8 && target <= pane.scrollTop + pane.clientHeight * 0.8;
      if (!visible) scrollPane(target - pane.clientHeight / 3);
    },
    pairAt(target) {
      const pairs = sectionPairs(form, pane);
      let found: SectionPair | null = null;
      for (const pair of pairs) {
        const position = pair.preview.compareDocumentPosition(target);
        if (pair.preview === target || pair.preview.contains(target) || position & Node.DOCUMENT_POSITION_FOLLOWING) found = pair;
      }
      return found ?? pairs[0] ?? null;
    },
  };
}
