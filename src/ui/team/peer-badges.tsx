import type { Peer } from '../../core/team/presence';

/** Who else is here: a coloured mark and the name, for the outline and the section. */
export function PeerBadges({ peers, label }: { peers: Peer[]; label: string }) {
  if (peers.length === 0) return null;
  return (
    <span className="peer-badges" aria-label={`${label}: ${peers.map((p) => p.user.name).join(', ')}`} role="group">
      {peers.map((peer) => (
        <span key={peer.clientId} className="peer-badge" style={{ borderColor: peer.user.colour }} title={peer.user.name} data-peer={peer.user.name}>
          <span className="peer-dot" style={{ background: peer.user.colour }} aria-hidden="true" />
          {peer.user.name}
        </span>
      ))}
    </span>
  );
}
