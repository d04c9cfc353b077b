/**
 * Follows one trade's live board over socket.io (/live): join → snapshot, then deltas. On a version
 * gap or after a reconnect it joins again for a fresh snapshot, without reloading the page. On the same
 * socket, the medal table and tech share of an event (or the contest) are pushed after each change of
 * prizes: the same source as the board, in the same order, never polled.
 */
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { BoardSnapshot, Medals } from '../api/types';
import { currentSession } from '../auth/session';
import { applyDelta, fromSnapshot, type BoardState } from './board-state';

/** `stale`: connected, but the server says its boards may be out of date (it is catching up with the store). */
export type Connection = 'connecting' | 'live' | 'reconnecting' | 'stale';

export interface LiveBoard {
  state: BoardState | undefined;
  connection: Connection;
  /** Competitor numbers whose rows changed in the last delta, and when (for the highlight). */
  changed: { numbers: ReadonlySet<number>; at: number };
  /** How many snapshots were taken after the first one (resyncs). */
  resyncs: number;
  error: string | undefined;
  /** The medal table followed on the same socket (`medals` option), once the server sent it. */
  medals: Medals | undefined;
  medalsLoaded: boolean;
}

export interface BoardOptions {
  /** Also follow the medal table of this event; null: of the whole contest; undefined: none. */
  medalsOf?: string | null;
  /** Join as a spectator even with an organiser's session (the ceremony shows what the hall sees). */
  spectator?: boolean;
}

/** The server closed the socket on purpose (e.g. a restart): socket.io does not reconnect by itself then. */
const RECONNECT_AFTER_SERVER_CLOSE_MS = 1_000;

const initial = (): LiveBoard => ({
  state: undefined,
  connection: 'connecting',
  changed: { numbers: new Set(), at: 0 },
  resyncs: 0,
  error: undefined,
  medals: undefined,
  medalsLoaded: false,
});

export function useBoard(tradeId: string | undefined, { medalsOf, spectator = false }: BoardOptions = {}): LiveBoard {
  const [live, setLive] = useState<LiveBoard>(initial);
  const stateRef = useRef<BoardState | undefined>(undefined);

  useEffect(() => {
    const medals = medalsOf !== undefined;
    if (!tradeId && !medals) return;
    const board = tradeId ? `trade:${tradeId}` : undefined;
    stateRef.current = undefined;
    setLive(initial());

    // An organiser's token shows the live board during a freeze; everyone else sees the frozen one.
    const session = currentSession();
    const socket: Socket = io('/live', {
      transports: ['websocket', 'polling'],
      auth: session?.user.role === 'organiser' && !spectator ? { token: session.token } : {},
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
    });
    let snapshots = 0;
    const join = () => {
      if (board) socket.emit('board:join', { board });
      if (medals) socket.emit('medals:join', medalsOf === null ? {} : { eventId: medalsOf });
    };
    const rejoinBoard = () => board && socket.emit('board:join', { board });

    socket.on('connect', join);
    socket.on('disconnect', (reason) => {
      setLive((l) => ({ ...l, connection: 'reconnecting' }));
      if (reason === 'io server disconnect') setTimeout(() => socket.connect(), RECONNECT_AFTER_SERVER_CLOSE_MS);
    });
    socket.on('board:snapshot', (snapshot: BoardSnapshot) => {
      if (snapshot.board !== board) return;
      const state = fromSnapshot(snapshot);
      stateRef.current = state;
      snapshots += 1;
      setLive((l) => ({ ...l, state, connection: 'live', resyncs: Math.max(0, snapshots - 1), error: undefined }));
    });
    socket.on('board:delta', (delta: BoardSnapshot) => {
      const current = stateRef.current;
      if (!current) return;
      const step = applyDelta(current, delta);
      if (step.resync) {
        rejoinBoard();
        return;
      }
      if (step.state === current) return;
      stateRef.current = step.state;
      setLive((l) => ({ ...l, state: step.state, changed: { numbers: new Set(step.changed), at: Date.now() } }));
    });
    socket.on('board:status', ({ stale }: { stale: boolean }) =>
      setLive((l) => (l.connection === 'live' || l.connection === 'stale' ? { ...l, connection: stale ? 'stale' : 'live' } : l)),
    );
    socket.on('board:error', ({ message }: { message: string }) => setLive((l) => ({ ...l, error: message })));
    socket.on('medals:update', (update: Medals) => {
      if (medals && (update.eventId ?? null) === medalsOf) setLive((l) => ({ ...l, medals: update, medalsLoaded: true }));
    });
    // Without a board, the connection is live once connected (the medal table alone).
    if (!board) socket.on('connect', () => setLive((l) => ({ ...l, connection: 'live' })));

    return () => {
      socket.removeAllListeners();
      socket.close();
    };
  }, [tradeId, medalsOf, spectator]);

  return live;
}
