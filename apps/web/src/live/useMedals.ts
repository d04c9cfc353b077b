/**
 * The medal table and the tech-based share of an event (or the contest), from the server's aggregate,
 * refreshed every minute — spread out, so that many screens do not ask at the same moment.
 */
import { useEffect, useState } from 'react';
import { api, seg } from '../api/client';
import type { Medals } from '../api/types';

const REFRESH_MS = 60_000;

export function useMedals(eventId: string | undefined): { medals: Medals | undefined; loaded: boolean } {
  const [result, setResult] = useState<{ medals: Medals | undefined; loaded: boolean }>({ medals: undefined, loaded: false });

  useEffect(() => {
    let stopped = false;
    const path = eventId ? `/api/medals?eventId=${seg(eventId)}` : '/api/medals';
    async function load() {
      const medals = await api.get<Medals>(path, { token: null }).catch(() => undefined);
      if (!stopped) setResult((before) => ({ medals: medals ?? before.medals, loaded: true }));
    }
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS + Math.round(Math.random() * 10_000));
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [eventId]);

  return result;
}
