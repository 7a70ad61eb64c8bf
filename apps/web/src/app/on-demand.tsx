import type { ComponentType } from 'react';
import { PartNotLoaded } from '../components/part-not-loaded.tsx';
import { moduleLoader, useLoadedModule } from './use-loaded-module.ts';

/**
 * A component whose code loads the first time it is shown, with `Fallback` until then: `lazy`
 * without Suspense's 300 ms reveal throttle (see useLoadedModule). Once loaded it renders at
 * once; a chunk that does not load says so, with a reload, instead of leaving the page blank.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, Fallback: ComponentType): ComponentType<P> {
  const loader = moduleLoader(load);
  return function OnDemand(props: P) {
    const shown = useLoadedModule(loader);
    if (shown.state === 'failed') return <PartNotLoaded />;
    if (shown.state === 'loading') return <Fallback />;
    return <shown.module {...props} />;
  };
}
