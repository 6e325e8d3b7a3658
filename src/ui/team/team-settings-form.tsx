import { useState } from 'react';
import { isSyncServerUrl } from '../../core/team/invite-link';
import { presenceColours } from '../../core/team/presence';
import type { TeamSettings } from '../../store/team/team-settings';

const colourNames: Record<string, string> = { '#b3261e': 'Red', '#1d6fb8': 'Blue', '#2e7d32': 'Green', '#8e24aa': 'Purple', '#c25e00': 'Orange', '#00796b': 'Teal', '#ad1457': 'Pink', '#5d4037': 'Brown' };

/** The sync server's address (and token), and the name and colour others see. */
export function TeamSettingsForm({ settings, onSave, submitLabel }: { settings: TeamSettings; onSave: (s: TeamSettings) => void; submitLabel: string }) {
  const [server, setServer] = useState(settings.server);
  const [token, setToken] = useState(settings.token);
  const [name, setName] = useState(settings.user.name);
  const [colour, setColour] = useState(settings.user.colour);
  const [error, setError] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const address = server.trim();
    if (!isSyncServerUrl(address)) return setError('The sync server’s address starts with ws:// or wss://, for example ws://127.0.0.1:1234 (npm run server prints it).');
    if (name.trim() === '') return setError('Give the name the others will see.');
    setError('');
    onSave({ v: 1, server: address, token, user: { name: name.trim().slice(0, 60), colour } });
  };
  return (
    <form onSubmit={submit}>
      <label>
        Sync server
        <input type="url" value={server} onChange={(e) => setServer(e.target.value)} placeholder="ws://127.0.0.1:1234" required />
      </label>
      <label>
        Token (only if the server asks for one)
        <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
      </label>
      <label>
        Your name
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
      </label>
      <label>
        Your colour
        <select value={colour} onChange={(e) => setColour(e.target.value)}>
          {presenceColours.map((c) => (
            <option key={c} value={c}>
              {colourNames[c] ?? c}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
