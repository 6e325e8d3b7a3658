import { PeerBadges } from './peer-badges';
import { usePeersIn } from './use-team';

/** At a section's heading: who else has their focus in it now. */
export function SectionPeers({ draftId, sectionId }: { draftId: string; sectionId: string }) {
  const peers = usePeersIn(draftId, sectionId);
  return <PeerBadges peers={peers} label="Also in this section" />;
}
