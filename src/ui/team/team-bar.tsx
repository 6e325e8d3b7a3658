import { useEffect } from 'react';
import { lookupDraftSection } from '../../core/draft/section-index';
import { teamStore } from '../../store/team/team-store';
import { readDraft } from '../../store/use-draft-selector';
import type { TeamStatus } from '../../store/team/team-connection';
import { useTeam, useTeamSession } from './use-team';
import './team.css';

function statusText(status: TeamStatus | undefined): string {
  switch (status?.state) {
    case 'connected':
      return status.synced ? 'Connected' : 'Connected, catching up…';
    case 'offline':
      return 'Offline: your edits are kept here and merge when the connection is back';
    case 'refused':
      return status.reason;
    default:
      return 'Connecting…';
  }
}

/** A team draft's connection and who else is in it, and where; connects the draft when the editor opens it. */
export function TeamBar({ draftId }: { draftId: string }) {
  const isTeam = useTeam((s) => Object.hasOwn(s.links, draftId));
  const session = useTeamSession(draftId);
  useEffect(() => {
    if (isTeam) teamStore.getState().open(draftId);
  }, [draftId, isTeam]);
  // Which section this person is in: where the focus is in the form.
  useEffect(() => {
    if (!isTeam) return;
    const onFocus = (event: FocusEvent) => {
      const section = (event.target as Element | null)?.closest?.('[data-section-id]');
      teamStore.getState().setSection(draftId, section?.getAttribute('data-section-id') ?? null);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [draftId, isTeam]);
  if (!isTeam) return null;
  const draft = readDraft(draftId);
  const sectionTitle = (id: string | null) => (id && draft ? lookupDraftSection(draft.sections, id)?.title : undefined);
  const peers = session?.peers ?? [];
  return (
    <section className={`team-bar is-${session?.status.state ?? 'connecting'}`} aria-label="Team">
      <span className="team-status" role="status">
        {statusText(session?.status)}
      </span>
      <span>
        {peers.length === 0 ? 'Nobody else is here now.' : 'Also here: '}
        {peers.map((peer, index) => (
          <span key={peer.clientId} className="peer-badge" style={{ borderColor: peer.user.colour }} data-peer={peer.user.name}>
            <span className="peer-dot" style={{ background: peer.user.colour }} aria-hidden="true" />
            {peer.user.name}
            {sectionTitle(peer.sectionId) ? ` in ${sectionTitle(peer.sectionId)}` : ''}
            {index < peers.length - 1 ? ',' : ''}
          </span>
        ))}
      </span>
      {session && session.renumbered.length > 0 && (
        <div className="team-renumbered" role="alert">
          {session.renumbered.map((r) => `${r.from} was added by two people at once; “${r.text.slice(0, 60)}” is now ${r.to}.`).join(' ')}{' '}
          <button type="button" className="button button-secondary" onClick={() => teamStore.getState().dismissRenumbered(draftId)}>
            OK
          </button>
        </div>
      )}
    </section>
  );
}
