import { useEffect, useRef, useState } from 'react';
import { diagram, parseError } from './use-mermaid-diagrams';
import './github-preview.css';

const PAUSE_MS = 300;

/** A Mermaid source's diagram beside it, redrawn a moment after typing stops; where it does not parse, the line and message. */
export function MermaidLive({ code }: { code: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'drawing' | 'ok' | 'error'>('drawing');
  useEffect(() => {
    if (code.trim() === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void import('./mermaid-render').then(async ({ renderMermaid }) => {
        const result = await renderMermaid(code);
        const element = box.current;
        if (!live || !element) return;
        element.replaceChildren(result.ok ? diagram(result.svg) : parseError(result.message, result.line));
        setState(result.ok ? 'ok' : 'error');
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code]);
  if (code.trim() === '') return null;
  return <div ref={box} className={`mermaid-live is-${state}`} aria-live="polite" aria-label="Diagram preview" role="region" />;
}
