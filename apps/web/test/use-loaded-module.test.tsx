import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { onDemand } from '../src/app/on-demand.tsx';
import { moduleLoader, useLoadedModule, type ModuleLoader } from '../src/app/use-loaded-module.ts';
import '../src/i18n/i18n.ts';

type PageModule = { default: () => React.JSX.Element };

function Shown({ loader }: { loader: ModuleLoader<PageModule> }) {
  const shown = useLoadedModule(loader);
  if (shown.state === 'failed') return <p role="alert">failed</p>;
  if (shown.state === 'loading') return <p>Loading…</p>;
  return <shown.module.default />;
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

  it('reports a failed import as a state of its own', async () => {
    const loader = moduleLoader<PageModule>(() => Promise.reject(new Error('chunk gone after a deploy')));
    render(<Shown loader={loader} />);
    expect((await screen.findByRole('alert')).textContent).toBe('failed');
  });
});

describe('onDemand', () => {
  it('shows the fallback, then the loaded component with the props it was given', async () => {
    const Greeting = onDemand(
      () => Promise.resolve(({ name }: { name: string }) => <h1>Olá, {name}</h1>),
      () => <p>Carregando…</p>,
    );
    render(<Greeting name="Ana" />);
    expect(screen.getByText('Carregando…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Olá, Ana' })).toBeTruthy();
  });

  it('says a part that did not load did not, with a reload, instead of a blank page', async () => {
    const Broken = onDemand<object>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      () => <p>…</p>,
    );
    render(<Broken />);
    const alert = await screen.findByTestId('part-not-loaded');
    expect(alert.textContent).toContain(i18next.t('common.partNotLoaded'));
    expect(screen.getByRole('button', { name: i18next.t('common.reloadPage') })).toBeTruthy();
  });
});
