import type { ResultStatus } from '#domain';

/** The live contract: socket.io namespace `/live`, one room per board. */
export const LIVE_NAMESPACE = '/live';

export const LiveEvents = {
  join: 'board:join',
  leave: 'board:leave',
  snapshot: 'board:snapshot',
  delta: 'board:delta',
  error: 'board:error',
} as const;

/** `trade:<tradeId>` */
export type BoardId = `trade:${string}`;
export const tradeBoardId = (tradeId: string): BoardId => `trade:${tradeId}`;

/**
 * A row's status: the result's, or `absent` for a drawn competitor not checked in once check-in is
 * closed. An absent row has no score (show "absent", never its 0) and ranks after every present one.
 */
export type BoardRowStatus = ResultStatus | 'absent';

export interface BoardRow {
  competitorNumber: number;
  name: string;
  /** City id (e.g. `shenyang`); `cityName` is its Chinese name. */
  city: string;
  cityName: string;
  employer: string;
  theory: number | null;
  practical: number;
  total: number;
  rank: number;
  status: BoardRowStatus;
  /** Checked in on the contest day. */
  checkedIn: boolean;
  markedAspects: number;
  totalAspects: number;
  /** The score sheet revision the row reflects (−1 before any mark). */
  sheetRevision: number;
}

export interface BoardJoin {
  board: string;
}

/** The whole board at `version`. */
export interface BoardSnapshot {
  board: BoardId;
  version: number;
  rows: BoardRow[];
}

/** Only the rows that changed; `version` is the previous version + 1. */
export type BoardDelta = BoardSnapshot;
