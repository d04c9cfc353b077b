import type { Prize, ResultStatus } from '#domain';

/** The live contract: socket.io namespace `/live`, one room per board. */
export const LIVE_NAMESPACE = '/live';

export const LiveEvents = {
  join: 'board:join',
  leave: 'board:leave',
  snapshot: 'board:snapshot',
  delta: 'board:delta',
  error: 'board:error',
  /**
   * `{board, version}` after a join's snapshot, sent through the socket.io adapter: it carries the
   * socket's offset in the adapter's stream, with which a reconnection within the recovery window
   * (to any node) resumes the socket's session and rooms, and gets a fresh snapshot of each board.
   */
  joined: 'board:joined',
  /**
   * `{stale}` from the node a spectator is connected to: `stale: true` while that node's projections
   * are stopped or behind the store (its boards may be out of date; it catches up by itself), then
   * `stale: false` once they are live again. Sent to every socket of the node at each change, and
   * after a join's snapshot while stale.
   */
  status: 'board:status',
  /** `{eventId?}`: follow the medal table and tech-enterprise share of an event (or of the contest). */
  medalsJoin: 'medals:join',
  /** `LiveMedals`, pushed at the join and whenever a board's public prizes change (never polled). */
  medals: 'medals:update',
} as const;

/**
 * The medal table and the tech-enterprise share over the public boards (as spectators see them: a
 * frozen board as of its freeze, a ceremony as far as it is revealed), computed from the same board
 * state the deltas come from and pushed right after the delta that changed a prize.
 */
export interface LiveMedals {
  /** The event it is over; null: the whole contest. */
  eventId: string | null;
  trades: number;
  cities: Array<{ city: string; cityName: string; first: number; second: number; third: number; total: number }>;
  techShare: Record<'first' | 'second' | 'third' | 'all', { prizes: number; techBased: number; share: number | null }>;
  /** The public version of each board it was computed from. */
  versions: Record<string, number>;
}

export interface LiveStatus {
  stale: boolean;
}

/** `trade:<tradeId>` */
export type BoardId = `trade:${string}`;
export const tradeBoardId = (tradeId: string): BoardId => `trade:${tradeId}`;

/**
 * How far a row's marking has come, or `absent` for a drawn competitor not checked in once check-in is
 * closed. An absent row has no score (show "absent", never its 0) and ranks after every present one.
 */
export type BoardRowProgress = ResultStatus | 'absent';

export interface BoardRow {
  competitorNumber: number;
  name: string;
  /** City id (e.g. `shenyang`); `cityName` is its Chinese name. */
  city: string;
  cityName: string;
  employer: string;
  /** The employer is a tech-based enterprise (科技型企业): for the share of prizes they win. */
  techBased: boolean;
  theory: number | null;
  practical: number;
  total: number;
  /** From the trade's latest ranking (the coalesced ranking job); null until the first one. */
  rank: number | null;
  prize: Prize | null;
  /** On the standardised scale, when the trade uses one. */
  standardised: number | null;
  progress: BoardRowProgress;
  /** Checked in on the contest day. */
  checkedIn: boolean;
  markedAspects: number;
  totalAspects: number;
  /** The score sheet revision the row reflects (−1 before any mark). */
  sheetRevision: number;
  /** During a ceremony: this row's result is not revealed yet (shown as at the freeze, without rank or prize). */
  revealPending?: boolean;
}

export interface BoardJoin {
  board: string;
}

/** The whole board at `version`. */
export interface BoardSnapshot {
  board: BoardId;
  version: number;
  rows: BoardRow[];
  /** Frozen for the final period: spectators see the board as of `frozenAt` until it is revealed. */
  frozen: boolean;
  frozenAt: string | null;
  /** The results are published (official). */
  published: boolean;
  /** The award ceremony of a frozen board (reveal mode), while it runs. */
  ceremony?: BoardCeremony | null;
}

/**
 * The award ceremony (like the ICPC resolver): the organiser steps through the hidden results from the
 * last place up. Spectators get only the rows revealed so far; the others show as at the freeze, with
 * no rank and no prize (`revealPending`).
 */
export interface BoardCeremony {
  /** Rows revealed so far. */
  step: number;
  /** Rows to reveal in all. */
  total: number;
  /** The row the last step revealed (the one announced), none before the first step. */
  revealed: number | null;
}

/** Only the rows that changed; `version` is the previous version + 1. */
export type BoardDelta = BoardSnapshot;
