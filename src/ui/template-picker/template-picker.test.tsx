// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTemplate } from '../../core/template/parse-template';
import { draftsStore } from '../../store/drafts-store';
import type { TemplateEntry } from './template-entry';
import { TemplatePicker } from './template-picker';

afterEach(cleanup);

function renderPicker(entries: TemplateEntry[]) {
  const router = createMemoryRouter([
    { path: '/', element: <TemplatePicker entries={entries} outlineHref={(id) => `/templates/${id}`} draftHref={(id) => `/drafts/${id}`} /> },
    { path: '/drafts/:id', element: <p>Draft page</p> },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

const source = `<!-- specwright-template
name: Tiny spec
description: A small one.
-->

# Spec: [NAME]

## Summary *(mandatory)*

Text.

## Data *(include if there is data)*

Text.
`;

describe('TemplatePicker', () => {
  it('shows a usable template with its size, a preview link and a Start button', () => {
    const { template, problems } = parseTemplate(source, { id: 'tiny' });
    renderPicker([{ id: 'tiny', name: template.name, template, problems }]);

    const card = screen.getByRole('article', { name: 'Tiny spec' });
    expect(within(card).getByText('A small one.')).toBeTruthy();
    const size = within(card).getByRole('list', { name: 'Template size' });
    expect(within(size).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2 sections',
      '1 mandatory',
      '1 conditional',
      '0 repeatable groups',
    ]);
    expect(within(card).getByRole('link', { name: 'Preview outline of Tiny spec' }).getAttribute('href')).toBe('/templates/tiny');
    const start = within(card).getByRole('button', { name: 'Start draft from Tiny spec' }) as HTMLButtonElement;
    expect(start.disabled).toBe(false);
  });

  it('Start draft makes a draft from the template and opens it', async () => {
    const { template, problems } = parseTemplate(source, { id: 'tiny' });
    const router = renderPicker([{ id: 'tiny', name: template.name, template, problems }]);

    fireEvent.click(screen.getByRole('button', { name: 'Start draft from Tiny spec' }));
    await screen.findByText('Draft page');
    const id = decodeURIComponent(router.state.location.pathname.replace('/drafts/', ''));
    expect(draftsStore.getState().drafts[id]).toMatchObject({ templateId: 'tiny', template });
  });

  it('shows a template that cannot be read with its errors, and nothing to click', () => {
    renderPicker([
      {
        id: 'broken',
        name: 'Broken spec',
        template: null,
        problems: [{ severity: 'error', code: 'comment-unclosed', message: 'The HTML comment is never closed.', line: 12 }],
      },
    ]);

    const card = screen.getByRole('article', { name: 'Broken spec' });
    expect(card.textContent).toContain('can’t be used');
    expect(card.textContent).toContain('Line 12: The HTML comment is never closed.');
    expect(within(card).queryByRole('link')).toBeNull();
    expect(within(card).queryByRole('button')).toBeNull();
  });
});
