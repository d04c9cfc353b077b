/**
 * GET with a copy on the tablet: the last good answer is kept in IndexedDB and shown when the
 * network is gone, so the judge page works offline after a reload.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, NetworkError } from '../api/client';
import { readCache, writeCache } from './judge-db';

export interface CachedResource<T> {
  data: T | undefined;
  /** The data is the tablet's copy from `savedAt`: the server could not be asked. */
  offlineCopy: boolean;
  savedAt: number | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useCachedApi<T>(path: string | null, cacheKey: string | null = path): CachedResource<T> {
  const [state, setState] = useState<Omit<CachedResource<T>, 'reload'> & { path: string | null }>({
    path,
    data: undefined,
    offlineCopy: false,
    savedAt: undefined,
    error: undefined,
    loading: path !== null,
  });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger (reload() bumps it)
  useEffect(() => {
    if (path === null || cacheKey === null) {
      setState({ path, data: undefined, offlineCopy: false, savedAt: undefined, error: undefined, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, path, data: s.path === path ? s.data : undefined, loading: true, error: undefined }));
    (async () => {
      try {
        const data = await api.get<T>(path);
        await writeCache(cacheKey, data).catch(() => undefined);
        if (current) setState({ path, data, offlineCopy: false, savedAt: Date.now(), error: undefined, loading: false });
      } catch (error) {
        const copy =
          error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)
            ? await readCache<T>(cacheKey).catch(() => undefined)
            : undefined;
        if (!current) return;
        if (copy) setState({ path, data: copy.data, offlineCopy: true, savedAt: copy.at, error, loading: false });
        else setState((s) => ({ ...s, path, error, loading: false }));
      }
    })();
    return () => {
      current = false;
    };
  }, [path, cacheKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const same = state.path === path;
  return { ...state, data: same ? state.data : undefined, reload };
}
