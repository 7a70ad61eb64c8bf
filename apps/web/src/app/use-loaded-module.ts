import { useEffect, useState } from 'react';

/** A module fetched on demand, remembered once here so that later mounts show it at once. */
export interface ModuleLoader<T> {
  load(): Promise<T>;
  loaded?: T;
}

export function moduleLoader<T>(load: () => Promise<T>): ModuleLoader<T> {
  const loader: ModuleLoader<T> = {
    load: () =>
      load().then((module) => {
        loader.loaded = module;
        return module;
      }),
  };
  return loader;
}

export type ModuleState<T> = { state: 'loading' } | { state: 'loaded'; module: T } | { state: 'failed' };

/**
 * A module loaded on demand and shown through plain state, not `lazy` and Suspense: React holds
 * the content of a Suspense boundary back until 300 ms after its fallback appeared (its fallback
 * throttle), which on the first screen was a third of a second of "Loading…" for a chunk the
 * browser already had. A load that fails is a state of its own, for the caller to say so.
 */
export function useLoadedModule<T>(loader: ModuleLoader<T>): ModuleState<T> {
  const [shown, setShown] = useState<ModuleState<T>>(() =>
    loader.loaded === undefined ? { state: 'loading' } : { state: 'loaded', module: loader.loaded },
  );
  const waiting = shown.state === 'loading';
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    loader.load().then(
      (module) => current && setShown({ state: 'loaded', module }),
      () => current && setShown({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [loader, waiting]);
  return shown;
}
