// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sectionPairs } from './section-pairs';

function html(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  return element;
}

const section = (id: string, title: string, extra = '', inner = '') =>
  `<section class="draft-section${extra}" data-section-id="${id}"><header><h2 class="draft-section-title">${title}</h2></header>${inner}</section>`;

describe('sectionPairs: which preview heading stands for which part of the form', () => {
  it('pairs the document fields with the title, and each shown section with its heading, flags and code aside', () => {
    const form = html(
      `<div class="document-fields"></div>${section('summary', 'Summary')}${section('api', 'Tool: <code>run_job</code>', '', section('api/limits', 'Limits'))}${section('off', 'Rollout', ' is-off')}${section('gone', 'Appendix', ' is-absent')}${section('risks', 'Risks &amp; Mitigations')}`,
    );
    const preview = html(
      '<h1>Feature: Run history</h1><h2>Summary <em>(mandatory)</em></h2><p>Text</p><h3>A heading typed in prose</h3><h2>Tool: <code>run_job</code></h2><h3>Limits</h3><h2>Risks &amp; Mitigations</h2>',
    );
    const pairs = sectionPairs(form, preview).map((p) => [p.form.getAttribute('data-section-id') ?? p.form.className, p.preview.textContent]);
    expect(pairs).toEqual([
      ['document-fields', 'Feature: Run history'],
      ['summary', 'Summary (mandatory)'],
      ['api', 'Tool: run_job'],
      ['api/limits', 'Limits'],
      ['risks', 'Risks & Mitigations'],
    ]);
  });

  it('passes over a section the preview does not show, and pairs the ones after it', () => {
    const form = html(`${section('a', 'Goals')}${section('b', 'Not exported yet')}${section('c', 'Risks')}`);
    const preview = html('<h2>Goals</h2><h2>Risks</h2>');
    expect(sectionPairs(form, preview).map((p) => p.preview.textContent)).toEqual(['Goals', 'Risks']);
  });
});
