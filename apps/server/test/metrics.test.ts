import { networkInterfaces } from 'node:os';
import { freePort, testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeOpenAi } from './support/fake-openai.ts';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const [pglite] = testDatabaseTargets;
const token = 'metrics-token-0123456789abcdef';

describe('Prometheus metrics on /metrics', () => {
  let openai: FakeOpenAi;
  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
    openai.reply = () => ({ chunks: ['Thanks. ', 'What did you measure?'], delayBeforeFirstMs: 30 });
  });
  afterAll(() => openai?.stop());

  it('is off unless a token or an internal port is configured', async () => {
    const server = await startTestServer(pglite!);
    try {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('voxly_');
    } finally {
      await server.stop();
    }
  });

  describe('with a token', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(pglite!, {
        VOXLY_METRICS_TOKEN: token,
        OPENAI_BASE_URL: openai.baseURL,
        OPENAI_MODEL: 'fake-interviewer',
        OPENAI_API_KEY: 'sk-test-fake',
      });
    });
    afterAll(() => server?.stop());

    const scrape = (authorization?: string) => fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

    it('refuses a scrape without the token or with a wrong one', async () => {
      expect((await scrape()).status).toBe(401);
      expect((await scrape('Bearer wrong-token-0123456789abcd')).status).toBe(401);
      expect((await scrape(token)).status).toBe(401);
    });

    it('counts a call’s first chunks, its preemptive reply, live calls and the socket’s close', async () => {
      const cookie = await signInLocally(server.url, 'Metrics User');
      await grantCredits(server.database.db, 'local:metrics-user', 1);
      const { callId } = await apiClient(server.url, { cookie }).interview.create.mutate(backendInterview);
      const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
      const greeting = await sim.greeting();
      const transcript = [
        { role: 'agent', content: greeting },
        { role: 'user', content: longAnswer },
      ];
      // The candidate's sentence is finished: the reply starts before it is asked for...
      sim.send({ interaction_type: 'update_only', transcript });
      await expect.poll(() => openai.requests.filter((r) => r.stream)).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 80));
      // ...and answers the response_required at once.
      sim.ask(1, longAnswer);
      expect(sim.transcript).toEqual(transcript);
      const reply = await sim.responseText(1);
      expect(reply.text).toBe('Thanks. What did you measure?');
      expect(openai.requests.filter((r) => r.stream)).toHaveLength(1);

      const live = await (await scrape(`Bearer ${token}`)).text();
      expect(live).toMatch(/^voxly_live_calls 1$/m);
      expect(live).toMatch(/^voxly_first_chunk_seconds_count\{preemptive="true"\} 1$/m);
      expect(live).toMatch(/^voxly_preemptive_replies_total\{outcome="used"\} 1$/m);
      expect(live).toMatch(/^voxly_model_first_token_seconds_count 1$/m);
      expect(live).toMatch(/^voxly_process_cpu_seconds_total /m);

      sim.close();
      await expect
        .poll(async () => await (await scrape(`Bearer ${token}`)).text())
        .toMatch(/^voxly_socket_closes_total\{code="1005"\} 1$/m);
      expect(await (await scrape(`Bearer ${token}`)).text()).toMatch(/^voxly_live_calls 0$/m);
    });

    it('labels a close code the client chose only if it is a known one: any other is `other`, one series', async () => {
      const cookie = await signInLocally(server.url, 'Close Code User');
      await grantCredits(server.database.db, 'local:close-code-user', 1);
      const { callId } = await apiClient(server.url, { cookie }).interview.create.mutate(backendInterview);
      const before = await (await scrape(`Bearer ${token}`)).text();
      const closes = (text: string, code: string) =>
        Number(new RegExp(`^voxly_socket_closes_total\\{code="${code}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
      // Application codes (3000–4999) are the client's to pick: 25 of them, then one registered code.
      const chosen = [...Array.from({ length: 24 }, (_, i) => 3000 + i * 83), 4999, 1000];
      for (const code of chosen) {
        const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
        await sim.greeting();
        sim.close(code);
        await sim.waitClosed();
      }
      await vi.waitFor(async () => {
        const after = await (await scrape(`Bearer ${token}`)).text();
        expect(closes(after, 'other') - closes(before, 'other')).toBe(25);
        expect(closes(after, '1000') - closes(before, '1000')).toBe(1);
      }, 3_000);
      const series = (await (await scrape(`Bearer ${token}`)).text()).match(/^voxly_socket_closes_total\{/gm) ?? [];
      expect(series.length).toBeLessThanOrEqual(4); // 1000, 1005, other (and one spare)
    });

    it('counts webhook outcomes under the vendor that runs (the sandbox here, on Mercado Pago’s route)', async () => {
      const refused = await fetch(`${server.url}/webhook/mercadopago?data.id=1&type=payment`, { method: 'POST', body: '{}' });
      expect(refused.status).toBe(401);
      const text = await (await scrape(`Bearer ${token}`)).text();
      expect(text).toMatch(/^voxly_webhook_outcomes_total\{provider="sandbox",outcome="bad-signature"\} 1$/m);
      expect(text).not.toMatch(/^voxly_webhook_outcomes_total\{provider="mercadopago"/m);
    });
  });

  it('answers on the internal port without a token, and only /metrics there', async () => {
    const port = await freePort();
    const server = await startTestServer(pglite!, { VOXLY_METRICS_PORT: String(port) });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      const internal = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(internal.status).toBe(200);
      expect(await internal.text()).toMatch(/^voxly_live_calls 0$/m);
      expect((await fetch(`http://127.0.0.1:${port}/trpc/credits.balance`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('keeps the internal port on loopback when the public API listens on every address', async () => {
    // The internal port has no token: reachable from outside the machine, it would be public metrics.
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
    const port = await freePort();
    const server = await startTestServer(pglite!, { HOST: '0.0.0.0', VOXLY_METRICS_PORT: String(port) });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
      if (outside) {
        // The public port answers on that address; the metrics port does not.
        expect((await fetch(`http://${outside}:${server.port}/health`)).status).toBe(200);
        await expect(fetch(`http://${outside}:${port}/metrics`)).rejects.toThrow();
      }
    } finally {
      await server.stop();
    }
  });
});
