import { useState } from 'react';
import { api } from '../api/client';

/** One command button's life: busy while it runs, the refusal if any, `after` once it is done. */
export function useCommand<T = unknown>(after?: (answer: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<T>();

  async function run(path: string, body: object = {}): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.command<T>(path, body);
      setDone(answer);
      after?.(answer);
      return answer;
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { run, busy, error, done, clearError: () => setError(undefined) };
}
