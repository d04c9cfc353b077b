/**
 * Follows one trade's live board over socket.io (/live): join → snapshot, then deltas. On a version
 * gap or after a reconnect it joins again for a fresh snapshot, without reloading the page.
 */
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { BoardSnapshot } from '../api/types';
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
}

/** The server closed the socket on purpose (e.g. a restart): socket.io does not reconnect by itself then. */
const RECONNECT_AFTER_SERVER_CLOSE_MS = 1_000;

export function useBoard(tradeId: string | undefined): LiveBoard {
  const [live, setLive] = useState<LiveBoard>({
    state: undefined,
    connection: 'connecting',
    changed: { numbers: new Set(), at: 0 },
    resyncs: 0,
    error: undefined,
  });
  const stateRef = useRef<BoardState | undefined>(undefined);

  useEffect(() => {
    if (!tradeId) return;
    const board = `trade:${tradeId}`;
    stateRef.current = undefined;
    setLive({ state: undefined, connection: 'connecting', changed: { numbers: new Set(), at: 0 }, resyncs: 0, error: undefined });

    // An organiser's token shows the live board during a freeze; everyone else sees the frozen one.
    const session = currentSession();
    const socket: Socket = io('/live', {
      transports: ['websocket', 'polling'],
      auth: session?.user.role === 'organiser' ? { token: session.token } : {},
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
    });
    let snapshots = 0;
    const join = () => socket.emit('board:join', { board });

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
        join();
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

    return () => {
      socket.removeAllListeners();
      socket.close();
    };
  }, [tradeId]);

  return live;
}
