import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LocalAuthShell from '../src/auth/local-auth-shell.tsx';
import { stubPlainQueries } from './support/plain-query-server.ts';

function renderShell() {
  render(
    <LocalAuthShell>
      <p>the signed-in app</p>
    </LocalAuthShell>,
  );
}

async function returnToTab() {
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

// The first session answer is asked once per page load (beside the public config), so every
// test in this file starts signed in as Ana; a first check that fails has its own file.
describe('LocalAuthShell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the signed-in app when the check on return to the tab meets a network blip', async () => {
    const server = stubPlainQueries({ session: { name: 'Ana' } });
    renderShell();
    expect(await screen.findByText('the signed-in app')).toBeTruthy();
    server.answer = 'network-down';
    const before = server.sessionChecks;
    await returnToTab();
    expect(server.sessionChecks).toBe(before + 1);
    expect(screen.getByText('the signed-in app')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the sign-in on return when the session was ended elsewhere', async () => {
    const server = stubPlainQueries({ session: { name: 'Ana' } });
    renderShell();
    expect(await screen.findByText('the signed-in app')).toBeTruthy();
    server.answer = { session: null };
    await returnToTab();
    expect(screen.queryByText('the signed-in app')).toBeNull();
    expect(screen.getByLabelText('Your name')).toBeTruthy();
  });
});
