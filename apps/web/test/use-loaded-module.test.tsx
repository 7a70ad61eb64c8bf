import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { onDemand } from '../src/app/on-demand.tsx';
import { moduleLoader, useLoadedModule, type ModuleLoader } from '../src/app/use-loaded-module.ts';

type PageModule = { default: () => React.JSX.Element };

function Shown({ loader }: { loader: ModuleLoader<PageModule> }) {
  const loaded = useLoadedModule(loader);
  if (!loaded) return <p>Loading…</p>;
  return <loaded.default />;
}

class Caught extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('useLoadedModule', () => {
  it('shows the loading line, then the module’s component once the import resolves', async () => {
    let resolve!: (module: PageModule) => void;
    const loader = moduleLoader(() => new Promise<PageModule>((r) => (resolve = r)));
    const first = render(<Shown loader={loader} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    resolve({ default: () => <h1>Welcome, Ana</h1> });
    expect(await screen.findByRole('heading', { name: 'Welcome, Ana' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    first.unmount();
    // A later mount (the page opened again) has it at once: no loading line, not even for a frame.
    render(<Shown loader={loader} />);
    expect(screen.getByRole('heading', { name: 'Welcome, Ana' })).toBeTruthy();
  });

  it('throws a failed import to the nearest error boundary, as lazy would', async () => {
    const loader = moduleLoader<PageModule>(() => Promise.reject(new Error('chunk gone after a deploy')));
    render(
      <Caught>
        <Shown loader={loader} />
      </Caught>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('chunk gone after a deploy');
  });

  it('onDemand: the fallback, then the loaded component with the props it was given', async () => {
    const Greeting = onDemand(
      () => Promise.resolve(({ name }: { name: string }) => <h1>Olá, {name}</h1>),
      () => <p>Carregando…</p>,
    );
    render(<Greeting name="Ana" />);
    expect(screen.getByText('Carregando…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Olá, Ana' })).toBeTruthy();
  });
});
