/**
 * INTEGRATION POINT for the `council` branch: what the council chamber panel shows. The
 * engine on this branch has no council phase (resolve.ts phase 3 is empty), so there are no
 * drafts and no votes yet; the seats are the public record (REFERENCE.md). When the council
 * branch lands, fill `drafts` and `lastVotes` from its state and report here.
 */
import type { ActorId, GameState, TurnReport } from '../engine/index.ts';

export interface Seat {
  name: string;
  permanent: boolean;
  /** The actor whose orders cast this seat's vote; null for seats the scenario's rules vote. */
  actor: ActorId | null;
}

export interface DraftView {
  id: string;
  title: string;
  sponsor: string;
  tabledTurn: number;
}

export interface VoteView {
  draft: string;
  yes: number;
  no: number;
  abstain: number;
  vetoedBy: string[];
  adopted: boolean;
}

export interface CouncilView {
  seats: Seat[];
  drafts: DraftView[];
  lastVotes: VoteView[];
  /** Why the lists are empty, when they are. */
  note: string | null;
}

const PERMANENT: Seat[] = [
  { name: 'China', permanent: true, actor: 'CHN' },
  { name: 'France', permanent: true, actor: 'UNSC' },
  { name: 'Russia', permanent: true, actor: 'RUS' },
  { name: 'United Kingdom', permanent: true, actor: 'UNSC' },
  { name: 'United States', permanent: true, actor: 'UNSC' },
];

export function councilView(state: GameState, last: TurnReport | null): CouncilView {
  void state;
  void last;
  const elected: Seat[] = Array.from({ length: 10 }, (_, i) => ({ name: `Elected member ${i + 1}`, permanent: false, actor: null }));
  return {
    seats: [...PERMANENT, ...elected],
    drafts: [],
    lastVotes: [],
    note: 'No drafts are tabled in this version of the rules: council votes arrive with the council update. A draft is adopted with at least 9 votes in favour and no veto by a permanent member; an abstention is not a veto.',
  };
}
