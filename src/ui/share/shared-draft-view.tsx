import { useEffect, useMemo, useState } from 'react';
import type { Draft } from '../../core/draft/draft-schema';
import { draftDisplayTitle } from '../../core/draft/draft-title';
import { exportMarkdown } from '../../core/markdown/export-markdown';
import { countRemoteImages } from '../../core/remote-images/count-remote-images';
import { decodeShareLinkInSlices, type DecodeShareResult } from '../../core/share/decode-share-link';
import type { BuiltInTemplateLookup } from '../../core/share/share-envelope';
import { draftsStore } from '../../store/drafts-store';
import { newDraftId } from '../../store/new-draft-id';
import { MarkdownView } from '../draft-review/markdown-preview';
import { allowRemoteImages, useRemoteImagesAllowed } from '../remote-images/remote-images-allowed';
import { RemoteImagesMode } from '../remote-images/remote-images-mode';
import { RemoteImagesNotice } from '../remote-images/remote-images-notice';
import './share.css';

type Props = {
  builtInTemplate: BuiltInTemplateLookup;
  homeHref: string;
  /** Goes to the editor of the draft just saved. */
  onSaved: (id: string) => void;
};

/**
 * A shared link, opened: read once from the address bar and then taken out
 * of it (so the payload does not linger in history), checked, and shown
 * read-only. Nothing is stored until "Save as my draft", and that always
 * makes a new draft: nothing the recipient has is changed.
 */
export function SharedDraftView({ builtInTemplate, homeHref, onSaved }: Props) {
  // Read during render, taken out of the address bar after commit: a render React discards and restarts
  // (the route loads lazily, so the first one may be) must still find the fragment there.
  const [fragment, setFragment] = useState(() => window.location.hash.replace(/^#/, ''));
  useEffect(() => {
    const strip = () => {
      if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    };
    strip();
    // A link pasted into this tab changes only the fragment, so the page does not reload: read it here.
    const onHashChange = () => {
      const next = window.location.hash.replace(/^#/, '');
      if (!next) return;
      setFragment(next);
      strip();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  // Decoded in slices between which the page gets a turn: unpacking a heavy link never blocks it for long.
  const [decoded, setDecoded] = useState<{ fragment: string; result: DecodeShareResult } | null>(null);
  useEffect(() => {
    let current = true;
    void decodeShareLinkInSlices(fragment, { builtInTemplate, id: newDraftId(), now: new Date() }, { pause: nextTask }).then((result) => {
      if (current) setDecoded({ fragment, result });
    });
    return () => {
      current = false;
    };
  }, [fragment, builtInTemplate]);
  const result = decoded?.fragment === fragment ? decoded.result : null;
  const markdown = useMemo(() => (result?.ok ? exportMarkdown(result.draft) : ''), [result]);

  if (!result) {
    return (
      <p className="shared-opening" role="status">
        Opening the shared draft…
      </p>
    );
  }
  if (!result.ok) {
    return (
      <section className="shared-error" aria-labelledby="shared-error-title">
        <title>Link cannot be opened · Specwright</title>
        <h1 id="shared-error-title">This link cannot be opened</h1>
        <p>{fragment ? result.error.message : 'This address has no shared draft in it. Shared links end in #s1. followed by the draft.'}</p>
        <p className="shared-error-note">Nothing was saved, and your own drafts are untouched.</p>
        <a className="button button-primary" href={homeHref}>
          Go to your drafts
        </a>
      </section>
    );
  }
  return <SharedDraft draft={result.draft} markdown={markdown} templateMismatch={result.templateMismatch} onSaved={onSaved} />;
}

function SharedDraft({ draft, markdown, templateMismatch, onSaved }: { draft: Draft; markdown: string; templateMismatch: boolean; onSaved: (id: string) => void }) {
  const title = draftDisplayTitle(draft);
  const remoteImages = useMemo(() => countRemoteImages(markdown, window.location.origin), [markdown]);
  const remoteImagesAllowed = useRemoteImagesAllowed(draft.id);
  return (
    <div className="shared-draft">
      <title>{`${title} (shared) · Specwright`}</title>
      <header className="shared-draft-header">
        <p className="shared-badge">Shared with you · read-only</p>
        <h1>{title}</h1>
        <p className="shared-template">Made from the template “{draft.template.name}”.</p>
        {templateMismatch && <p className="share-warning">This draft was made with another edition of that template; it opens with the edition this app has.</p>}
        <button type="button" className="button button-primary" onClick={() => onSaved(draftsStore.getState().add(draft))}>
          Save as my draft
        </button>
      </header>
      {!remoteImagesAllowed && <RemoteImagesNotice count={remoteImages} onAllow={() => allowRemoteImages(draft.id)} />}
      <RemoteImagesMode value={remoteImagesAllowed ? 'allow' : 'block'}>
        <MarkdownView markdown={markdown} label="The shared draft" />
      </RemoteImagesMode>
    </div>
  );
}

/** A new task: the page handles input and paints before the next slice. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
