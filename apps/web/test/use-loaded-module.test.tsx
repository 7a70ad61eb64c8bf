import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useLoadedModule } from '../src/app/use-loaded-module.ts';

type PageModule = { default: () => React.JSX.Element };

function Shown({ load }: { load: () => Promise<PageModule> }) {
  const loaded = useLoadedModule(load);
  if (!loaded) return <p>Loading…</p>;
  return <loaded.default />;
}

class Caught extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('useLoadedModule', () => {
  it('shows the loading line, then the module’s component once the import resolves', async () => {
    let resolve!: (module: PageModule) => void;
    const load = () => new Promise<PageModule>((r) => (resolve = r));
    render(<Shown load={load} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    resolve({ default: () => <h1>Welcome, Ana</h1> });
    expect(await screen.findByRole('heading', { name: 'Welcome, Ana' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('throws a failed import to the nearest error boundary, as lazy would', async () => {
    const load = () => Promise.reject(new Error('chunk gone after a deploy'));
    render(
      <Caught>
        <Shown load={load} />
      </Caught>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('chunk gone after a deploy');
  });
});
