import type { ComponentType } from 'react';
import { moduleLoader, useLoadedModule } from './use-loaded-module.ts';

/**
 * A component whose code loads the first time it is shown, with `Fallback` until then: `lazy`
 * without Suspense's 300 ms reveal throttle (see useLoadedModule). Once loaded it renders at once.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType): ComponentType<P> {
  const loader = moduleLoader(load);
  return function OnDemand(props: P) {
    const Loaded = useLoadedModule(loader);
    return Loaded ? <Loaded {...props} /> : <Fallback />;
  };
}
