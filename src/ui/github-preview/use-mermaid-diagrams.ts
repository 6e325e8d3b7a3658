import { useEffect, type RefObject } from 'react';

/**
 * Draws each ```mermaid block inside `container` as its diagram, as GitHub
 * does, once `html` is in the page; a block that does not parse keeps its
 * source and says where it fails. Mermaid loads only when there is a block.
 */
export function useMermaidDiagrams(container: RefObject<HTMLElement | null>, html: string): void {
  useEffect(() => {
    const root = container.current;
    const blocks = root ? Array.from(root.querySelectorAll<HTMLElement>('pre > code.language-mermaid')) : [];
    if (blocks.length === 0) return;
    let live = true;
    void import('./mermaid-render').then(async ({ renderMermaid }) => {
      for (const code of blocks) {
        const result = await renderMermaid(code.textContent ?? '');
        const pre = code.parentElement;
        if (!live || !pre?.isConnected) return;
        pre.before(result.ok ? diagram(result.svg) : parseError(result.message, result.line));
        if (result.ok) pre.hidden = true;
      }
    });
    return () => {
      live = false;
    };
  }, [container, html]);
}

export function diagram(svg: string): HTMLElement {
  const figure = document.createElement('div');
  figure.className = 'mermaid-diagram';
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', 'Mermaid diagram');
  // Already sanitised by DOMPurify's SVG profile in renderMermaid.
  figure.innerHTML = svg;
  return figure;
}

export function parseError(message: string, line: number | null): HTMLElement {
  const error = document.createElement('p');
  error.className = 'mermaid-error';
  error.setAttribute('role', 'alert');
  error.textContent = `${line === null ? 'This diagram does not render' : `This diagram does not parse at line ${line}`}: ${message}`;
  return error;
}
