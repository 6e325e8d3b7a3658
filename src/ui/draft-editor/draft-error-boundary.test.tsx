// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraft } from '../../core/draft/create-draft';
import { parseTemplate } from '../../core/template/parse-template';
import { draftsStore } from '../../store/drafts-store';
import { DraftErrorBoundary } from './draft-error-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const template = parseTemplate('# Spec: [NAME]\n\n## Summary\n\n- First item\n', { id: 'tiny' }).template;
const draft = { ...createDraft(template, { id: 'crashing', now: new Date('2026-12-01T08:00:00Z') }), titleText: 'Words to keep' };

function Crash(): never {
  throw new TypeError('t.includes is not a function');
}

describe('DraftErrorBoundary', () => {
  it('shows why a draft could not be shown, and offers its data to download', async () => {
    draftsStore.setState((s) => ({ drafts: { ...s.drafts, [draft.id]: draft } }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:draft';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <DraftErrorBoundary draftId={draft.id} libraryHref="/">
            <Crash />
          </DraftErrorBoundary>
        ),
      },
    ]);
    render(<RouterProvider router={router} />);

    expect(screen.getByRole('heading', { level: 1, name: 'This draft could not be shown' })).toBeTruthy();
    expect(screen.getByText(/t\.includes is not a function/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See all drafts' }).getAttribute('href')).toBe('/');
    fireEvent.click(screen.getByRole('button', { name: 'Download its data' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1)); // the data is read whole first (stored-value-json), then handed over
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ id: 'crashing', titleText: 'Words to keep' });
  });
});
