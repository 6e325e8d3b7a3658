import DOMPurify from 'dompurify';
import mermaid from 'mermaid';

export type MermaidResult = { ok: true; svg: string } | { ok: false; message: string; line: number | null };

let initialized = false;
let counter = 0;
/** Each diagram's CSS, by its SVG's id, adopted through the CSSOM: the page's CSP allows no <style> element. */
const styles = new Map<string, string>();
let sheet: CSSStyleSheet | null = null;

/**
 * A Mermaid diagram as sanitised SVG, or where its source does not parse.
 * Mermaid runs at its strict security level (no click handlers, labels
 * escaped) with plain SVG text labels, and its output is sanitised again with
 * DOMPurify's SVG profile, so nothing in a label can run.
 */
export async function renderMermaid(code: string): Promise<MermaidResult> {
  if (!initialized) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, flowchart: { htmlLabels: false }, theme: 'default' });
    initialized = true;
  }
  try {
    await mermaid.parse(code);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message);
    return { ok: false, message: message.split('\n').slice(0, 4).join('\n'), line: line ? Number(line[1]) : null };
  }
  const id = `specwright-mermaid-${++counter}`;
  try {
    const { svg } = await mermaid.render(id, code);
    return { ok: true, svg: cleanSvg(svg, id) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), line: null };
  } finally {
    // Mermaid leaves its measuring element behind when rendering fails.
    document.getElementById(`d${id}`)?.remove();
  }
}

function cleanSvg(svg: string, id: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const css = Array.from(doc.querySelectorAll('style'), (style) => style.textContent ?? '').join('\n');
  for (const style of doc.querySelectorAll('style')) style.remove();
  adopt(id, css);
  const text = new XMLSerializer().serializeToString(doc.documentElement);
  return DOMPurify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: ['style', 'foreignObject', 'a'], FORBID_ATTR: ['style', 'href', 'xlink:href'] });
}

function adopt(id: string, css: string): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  for (const key of styles.keys()) if (!document.getElementById(key)) styles.delete(key);
  // Only rules scoped to this diagram's id: a diagram's theme CSS must not restyle the page.
  styles.set(id, css.replace(/url\([^)]*\)/gi, 'none'));
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync([...styles.values()].join('\n'));
}
