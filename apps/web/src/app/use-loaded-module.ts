import { useEffect, useState } from 'react';

type Loading<T> = { state: 'loading' } | { state: 'loaded'; module: T } | { state: 'failed'; error: unknown };

/**
 * A module loaded on demand and shown through plain state, not `lazy` and Suspense: React holds
 * the content of a Suspense boundary back until 300 ms after its fallback appeared (its fallback
 * throttle), which on the first screen was a third of a second of "Loading…" for a chunk the
 * browser already had. A load that fails throws during render, as `lazy` would.
 */
export function useLoadedModule<T>(load: () => Promise<T>): T | null {
  const [loading, setLoading] = useState<Loading<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (module) => current && setLoading({ state: 'loaded', module }),
      (error: unknown) => current && setLoading({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  if (loading.state === 'failed') throw loading.error;
  return loading.state === 'loaded' ? loading.module : null;
}
