import { useEffect } from 'react';
import type { Finding } from '../../core/validate/finding';
import { sectionHeading } from '../draft-editor/progressive-sections';
import { bringIntoView } from '../scroll/bring-into-view';
import { selectNamedPlaceholder } from './select-named-placeholder';
import { currentReview, useReview } from './review-store';
import { revealAllFindings } from './reveal-store';
import './draft-review.css';

const NONE: Finding[] = [];

/** Every finding, errors first; clicking one goes to its section (or the document fields) and focuses it. */
export function FindingsPanel({ draftId, onJump }: { draftId: string; onJump: () => void }) {
  const findings = useReview(draftId, (s) => s.findings, NONE);
  useEffect(() => {
    currentReview(draftId);
    // Opened: every section's findings show beside it too.
    revealAllFindings(draftId);
  }, [draftId]);
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

/**
 * Goes to where a finding points: its section, then the field inside it when
 * one matches, kept in view while the page around it settles; the
 * placeholder the finding names is selected, so typing replaces it.
 */
function jumpTo(finding: Finding, onJump: () => void): void {
  onJump();
  requestAnimationFrame(() => {
    const container = finding.sectionId ? sectionHeading(finding.sectionId)?.closest('section') : document.querySelector('.document-fields');
    if (!container) return;
    const target = fieldIn(container, finding.field) ?? container.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
    if (!target) return;
    target.focus({ preventScroll: true });
    selectNamedPlaceholder(target, finding.message);
    bringIntoView(target);
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
  // The whole heading's input, not a part's (title-parts-fields): the finding is about the heading.
  if (field === 'title') return container.querySelector<HTMLElement>('.section-title-input:not(.title-part) input, .title-field input');
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
