import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** GET `path` (null: nothing to load yet); `reload` fetches again. The last good answer stays while reloading. */
export function useApi<T>(path: string | null): Resource<T> {
  const [state, setState] = useState<{ path: string | null; data: T | undefined; error: unknown; loading: boolean }>({
    path,
    data: undefined,
    error: undefined,
    loading: path !== null,
  });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger (reload() bumps it)
  useEffect(() => {
    if (path === null) {
      setState({ path, data: undefined, error: undefined, loading: false });
      return;
    }
    let current = true;
    setState((s) => ({ path, data: s.path === path ? s.data : undefined, error: undefined, loading: true }));
    api.get<T>(path).then(
      (data) => current && setState({ path, data, error: undefined, loading: false }),
      (error: unknown) => current && setState((s) => ({ path, data: s.path === path ? s.data : undefined, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.path === path ? state.data : undefined, error: state.error, loading: state.loading, reload };
}
