import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseInviteFragment } from '../core/team/invite-link';
import { useDraftsStore } from '../store/use-drafts-store';
import { teamStore } from '../store/team/team-store';
import { PageMessage } from '../ui/page-message/page-message';
import { TeamSettingsForm } from '../ui/team/team-settings-form';
import { useTeam } from '../ui/team/use-team';
import { paths } from './paths';

/** /join#v=1&room=…&server=…: an invitation to a team draft. Joining makes a new local draft; none of this browser's drafts is replaced. */
export function JoinRoute() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const loading = useDraftsStore((s) => s.status === 'loading');
  const settings = useTeam((s) => s.settings);
  const [state, setState] = useState<{ kind: 'ask' } | { kind: 'joining' } | { kind: 'failed'; message: string }>({ kind: 'ask' });
  const parsed = parseInviteFragment(hash);
  if (!parsed.ok) return <PageMessage title="Not an invitation" message={parsed.message} homeHref={paths.home} homeLabel="See all drafts" />;
  const { invite } = parsed;
  const join = async (next: typeof settings) => {
    teamStore.getState().saveSettings(next);
    setState({ kind: 'joining' });
    const result = await teamStore.getState().join({ ...invite, server: next.server });
    if (result.ok) void navigate(paths.draft(result.id), { replace: true });
    else setState({ kind: 'failed', message: result.message });
  };
  return (
    <main className="join-page">
      <title>Join a team draft · Specwright</title>
      <h1>Join a team draft</h1>
      <p>Someone invited you to write a draft with them. It opens as a new draft in this browser, kept in step with theirs through the sync server; your other drafts are not touched.</p>
      {loading ? (
        <p role="status">Loading your drafts…</p>
      ) : state.kind === 'joining' ? (
        <p role="status">Joining…</p>
      ) : (
        <>
          {state.kind === 'failed' && <p role="alert">{state.message}</p>}
          <TeamSettingsForm settings={{ ...settings, server: invite.server }} onSave={(s) => void join(s)} submitLabel="Join" />
        </>
      )}
    </main>
  );
}
