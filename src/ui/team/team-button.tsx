import { useRef, useState } from 'react';
import { teamStore } from '../../store/team/team-store';
import { TeamSettingsForm } from './team-settings-form';
import { useTeam } from './use-team';
import './team.css';

type Props = { draftId: string; inviteLink: (fragment: string) => string };

/** "Work on this together": connects the draft to the team's sync server under a new room and gives the invitation link. */
export function TeamButton({ draftId, inviteLink }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const settings = useTeam((s) => s.settings);
  const isTeam = useTeam((s) => Object.hasOwn(s.links, draftId));
  const [status, setStatus] = useState('');
  const invite = useTeam((s) => (Object.hasOwn(s.links, draftId) ? s.inviteFor(draftId) : null));

  const start = (next: typeof settings) => {
    teamStore.getState().saveSettings(next);
    const fragment = teamStore.getState().startTeam(draftId);
    setStatus(fragment ? 'This draft is now a team draft. Send the link to the people you work with.' : 'The draft could not be connected.');
  };
  const copy = async () => {
    if (!invite) return;
    try {
      await navigator.clipboard.writeText(inviteLink(invite));
      setStatus('Link copied.');
    } catch {
      setStatus('The browser did not allow copying: select the link and copy it.');
    }
  };
  const leave = () => {
    teamStore.getState().leave(draftId);
    setStatus('This draft is a local draft again here; the others keep working on theirs.');
  };

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
        {isTeam ? 'Team' : 'Work on this together'}
      </button>
      <dialog ref={dialog} className="team-dialog" aria-labelledby="team-title">
        <h2 id="team-title">{isTeam ? 'Working together' : 'Work on this together'}</h2>
        {!isTeam && (
          <>
            <p>The draft goes to your team’s sync server under a room nobody can guess; whoever has the link can open it and edit it with you. Your other drafts stay in this browser.</p>
            <TeamSettingsForm settings={settings} onSave={start} submitLabel="Start working together" />
          </>
        )}
        {isTeam && invite && (
          <>
            <label>
              Invitation link
              <input type="text" readOnly value={inviteLink(invite)} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <p>
              <button type="button" className="button" onClick={() => void copy()}>
                Copy link
              </button>{' '}
              <button type="button" className="button button-secondary" onClick={leave}>
                Stop working together here
              </button>
            </p>
            <details>
              <summary>Your name and colour, the server</summary>
              <TeamSettingsForm settings={settings} onSave={(s) => (teamStore.getState().saveSettings(s), setStatus('Saved.'))} submitLabel="Save" />
            </details>
          </>
        )}
        <p role="status">{status}</p>
        <form method="dialog">
          <button type="submit" className="button button-secondary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
