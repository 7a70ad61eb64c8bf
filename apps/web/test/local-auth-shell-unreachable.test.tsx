import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LocalAuthShell from '../src/auth/local-auth-shell.tsx';
import { stubPlainQueries } from './support/plain-query-server.ts';

// Its own file: the first answers are asked once per page load.
describe('LocalAuthShell on a page whose first check fails', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the server could not be reached, and shows nothing signed in', async () => {
    stubPlainQueries('server-error');
    render(
      <LocalAuthShell>
        <p>the signed-in app</p>
      </LocalAuthShell>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Could not reach Voxly: The server answered 500.');
    expect(screen.queryByText('the signed-in app')).toBeNull();
  });
});
