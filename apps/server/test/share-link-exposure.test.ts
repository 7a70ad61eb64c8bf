import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishedInterview, readyFeedback } from './support/finished-interview.ts';
import { apiClient, startTestServer, type TestServer } from './support/test-server.ts';

const [pglite] = testDatabaseTargets;

/** A share link is a bearer secret: it must not be logged, cached or indexed anywhere on its way. */
describe('a share link leaks nowhere: log, caches, search engines', () => {
  let server: TestServer;
  let webDir: string;
  let token: string;

  beforeAll(async () => {
    // The one-port server, serving a (stand-in) built web app as production does.
    webDir = mkdtempSync(join(tmpdir(), 'voxly-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><head></head><body>Voxly</body></html>');
    server = await startTestServer(pglite!, { VOXLY_SERVE_WEB: webDir });
    const { api, interviewId } = await finishedInterview(server, 'Share Leak Owner');
    await readyFeedback(api, interviewId);
    ({ token } = await api.feedback.share.mutate({ interviewId }));
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('keeps the token out of the request log, for the page and for feedback.shared (a GET with the token in its query)', async () => {
    const logged = server.logs.length;
    const page = await fetch(`${server.url}/shared/${token}`);
    expect(page.status).toBe(200);
    expect((await apiClient(server.url).feedback.shared.query({ token })).jobTitle).toBeTruthy();
    const log = server.logs.slice(logged).join('');
    expect(log).not.toContain(token);
    expect(log).toContain('/shared/[redacted]'); // the visit was logged, without its key
    expect(log).toContain('/trpc/feedback.shared');
  });

  it('answers feedback.shared with no-store and noindex, so no cache serves a report after it is unshared', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { token } }));
    const response = await fetch(`${server.url}/trpc/feedback.shared?input=${input}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    // A wrong token is no more cacheable than a right one.
    const missing = await fetch(
      `${server.url}/trpc/feedback.shared?input=${encodeURIComponent(JSON.stringify({ json: { token: 'A'.repeat(43) } }))}`,
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('sends the shared page with no-store and noindex, and robots.txt disallows /shared/', async () => {
    const page = await fetch(`${server.url}/shared/${token}`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer'); // the link does not travel on as a Referer either
    // Other pages keep their caching.
    expect((await fetch(`${server.url}/dashboard`)).headers.get('cache-control')).toBe('no-cache');
    const robots = await (await fetch(`${server.url}/robots.txt`)).text();
    expect(robots.split('\n')).toContain('Disallow: /shared/');
  });
});
