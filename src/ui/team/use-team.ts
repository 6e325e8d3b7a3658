import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Peer } from '../../core/team/presence';
import { teamStore, type TeamSession, type TeamState } from '../../store/team/team-store';

export function useTeam<T>(selector: (state: TeamState) => T): T {
  return useStore(teamStore, selector);
}

export function useTeamSession(draftId: string): TeamSession | undefined {
  return useStore(teamStore, (s) => s.sessions[draftId]);
}

const none: Peer[] = [];

/** The other people whose focus is in this section. */
export function usePeersIn(draftId: string, sectionId: string): Peer[] {
  return useStore(
    teamStore,
    useShallow((s) => {
      const peers = s.sessions[draftId]?.peers;
      return peers ? peers.filter((p) => p.sectionId === sectionId) : none;
    }),
  );
}
