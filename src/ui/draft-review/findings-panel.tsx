import { useEffect } from 'react';
import type { Finding } from '../../core/validate/finding';
import { sectionHeading } from '../draft-editor/progressive-sections';
import { currentReview, useReview } from './review-store';
import './draft-review.css';

const NONE: Finding[] = [];

/** Every finding, errors first; clicking one goes to its section (or the document fields) and focuses it. */
export function FindingsPanel({ draftId, onJump }: { draftId: string; onJump: () => void }) {
  const findings = useReview(draftId, (s) => s.findings, NONE);
  useEffect(() => void currentReview(draftId), [draftId]);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (findings.length === 0) {
    return (
      <section className="findings-panel" aria-labelledby="findings-title">
        <h2 id="findings-title">Checks</h2>
        <p className="findings-clear">No problems found: this spec is ready to export.</p>
      </section>
    );
  }
  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">Checks</h2>
      {[
        ['Errors', errors],
        ['Warnings', warnings],
      ].map(([title, list]) =>
        (list as Finding[]).length === 0 ? null : (
          <div key={title as string}>
            <h3>
              {title as string} ({(list as Finding[]).length})
            </h3>
            <ul>
              {(list as Finding[]).map((finding, k) => (
                <li key={k} className={`finding is-${finding.severity}`}>
                  <button type="button" onClick={() => jumpTo(finding, onJump)}>
                    <span className="finding-severity">{finding.severity === 'error' ? 'Error' : 'Warning'}:</span> {finding.message}
                    {finding.line !== undefined && <span className="finding-line"> (line {finding.line})</span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

/** Goes to where a finding points: its section, then the field inside it when one matches. */
function jumpTo(finding: Finding, onJump: () => void): void {
  onJump();
  requestAnimationFrame(() => {
    const container = finding.sectionId ? sectionHeading(finding.sectionId)?.closest('section') : document.querySelector('.document-fields');
    if (!container) return;
    container.scrollIntoView({ block: 'start' });
    const field = fieldIn(container, finding.field);
    const target = field ?? container.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
    target?.focus({ preventScroll: true });
    // A field further down a long section than the screen shows below the docked actions: it comes into view too.
    field?.scrollIntoView({ block: 'nearest' });
  });
}

/**
 * The control a finding names: `title` is the heading input of a section (or
 * the document's title); otherwise the control whose label matches the field
 * (`feature-branch` is the field labelled "Feature Branch", `FR-003` the
 * requirement named after it, `row 2` a cell of that row).
 */
function fieldIn(container: Element, field: string | undefined): HTMLElement | null {
  if (!field) return null;
  if (field === 'title') return container.querySelector<HTMLElement>('.section-title-input input, .title-field input');
  const wanted = normalise(field);
  const controls = container.querySelectorAll<HTMLInputElement>('input, textarea, select, [role="textbox"]');
  let partial: HTMLElement | null = null;
  for (const control of controls) {
    const label = normalise(control.getAttribute('aria-label') ?? control.labels?.[0]?.textContent ?? control.id);
    if (label === wanted) return control;
    if (!partial && label.includes(wanted)) partial = control;
  }
  return partial;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}
