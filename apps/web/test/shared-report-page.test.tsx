import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import superjson from 'superjson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../src/api/api-provider.tsx';
import { en } from '../src/i18n/en.ts';
import { SharedReportPage } from '../src/pages/shared-report-page.tsx';

const token = 'A'.repeat(43);

/** The server's answer to a `feedback.shared` lookup that fails with `code`, as tRPC's batch link reads it. */
const refusal = (code: string, httpStatus: number) =>
  new Response(
    JSON.stringify([{ error: superjson.serialize({ message: 'Not a share link.', code: -32600, data: { code, httpStatus } }) }]),
    { status: httpStatus, headers: { 'content-type': 'application/json' } },
  );

function stubLookups(...answers: (() => Promise<Response>)[]) {
  const fetch = vi.fn((_input: RequestInfo | URL) => (answers.shift() ?? answers.at(-1)!)());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const open = (link: string) =>
  render(
    <ApiProvider>
      <SharedReportPage token={link} />
    </ApiProvider>,
  );

describe('the shared-report page for a link that opens nothing', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says a malformed link is not valid, with a way home, without asking the server', async () => {
    const fetch = stubLookups(() => Promise.resolve(refusal('BAD_REQUEST', 400)));
    open('a.b');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(en.feedback.sharedGoneTitle);
    expect(screen.getByTestId('shared-gone').textContent).toContain(en.feedback.sharedGone);
    expect(screen.getByRole('link', { name: en.notFound.home }).getAttribute('href')).toBe('/');
    expect(screen.queryByText(en.feedback.sharedNote)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says an unknown or turned-off link is not valid, in words of its own (not the server’s)', async () => {
    for (const [code, status] of [
      ['NOT_FOUND', 404],
      ['BAD_REQUEST', 400],
    ] as const) {
      stubLookups(() => Promise.resolve(refusal(code, status)));
      const { unmount } = open(token);
      expect((await screen.findByRole('heading', { level: 1 })).textContent, code).toBe(en.feedback.sharedGoneTitle);
      expect(document.body.textContent, code).not.toContain('Not a share link');
      expect(screen.queryByRole('button', { name: en.common.tryAgain }), code).toBeNull();
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('says a lookup that failed on the way may be tried again, and tries again', async () => {
    const fetch = stubLookups(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(refusal('NOT_FOUND', 404)),
    );
    open(token);
    expect((await screen.findByTestId('shared-unreachable')).textContent).toContain(en.feedback.sharedUnreachable);
    expect(screen.queryByTestId('shared-gone')).toBeNull();
    expect(document.body.textContent).not.toContain('Failed to fetch');
    await userEvent.click(screen.getByRole('button', { name: en.common.tryAgain }));
    await screen.findByTestId('shared-gone');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
