import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { mercadoPagoNotification, sendNotification } from './support/mercadopago-signature.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, jsonOf, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

/** Money the client must not be able to move: refunds, double debits, double credits. */
describe.each(testDatabaseTargets)('credits that cannot be gamed, $name', (target) => {
  let server: TestServer;
  let n = 0;

  beforeAll(async () => {
    server = await startTestServer(target, {}, { sandboxRetryMs: 200 });
  });
  afterAll(() => server?.stop());

  async function user(credits: number) {
    n += 1;
    const cookie = await signInLocally(server.url, `Money User ${n}`);
    const userId = `local:money-user-${n}`;
    if (credits > 0) await grantCredits(server.database.db, userId, credits);
    return { cookie, userId, api: apiClient(server.url, { cookie }) };
  }

  const ledgerOf = (userId: string) => server.database.db.select().from(schema.creditLedger).where(eq(schema.creditLedger.userId, userId));

  it('does not refund an interview whose transcript a client replaced with nothing', async () => {
    const { cookie, userId, api } = await user(1);
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await sim.greeting();
    for (const line of [longAnswer, 'We measured p99 before and after.', 'I wrote the runbooks too.']) await sim.say(line);
    sim.send({ interaction_type: 'update_only', transcript: [] });
    sim.send({ interaction_type: 'response_required', response_id: 99, transcript: [{ role: 'agent', content: 'x' }] });
    await new Promise((r) => setTimeout(r, 100));
    await api.interview.end.mutate({ interviewId });

    expect((await ledgerOf(userId)).map((row) => row.reason).sort()).toEqual(['grant', 'interview']);
    expect(await getBalance(server.database.db, userId)).toBe(0);
    const stored = await api.interview.get.query({ interviewId });
    expect(stored.transcript.filter((t) => t.role === 'user').map((t) => t.content)).toContain(longAnswer);
    expect(stored.creditRefunded).toBe(false);
    const review = await vi.waitFor(async () => {
      const view = await api.feedback.get.query({ interviewId });
      if (view.status === 'pending') throw new Error('pending');
      return view;
    }, 3_000);
    expect(review.status).toBe('ready');
    sim.close();
  });

  it('still refunds, once, a call in which the candidate never said a word', async () => {
    const { cookie, userId, api } = await user(1);
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await sim.greeting();
    sim.send({ interaction_type: 'update_only', transcript: [{ role: 'user', content: '   ' }] });
    await Promise.all([api.interview.end.mutate({ interviewId }), api.interview.end.mutate({ interviewId })]);
    expect(await getBalance(server.database.db, userId)).toBe(1);
    expect((await api.interview.get.query({ interviewId })).creditRefunded).toBe(true);
    sim.close();
  });

  it('creates one interview and debits once for one form submitted ten times at once', async () => {
    const { userId, api } = await user(3);
    const idempotencyKey = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api.interview.create.mutate({ ...backendInterview, idempotencyKey })),
    );
    expect(new Set(results.map((r) => r.interviewId)).size).toBe(1);
    expect(new Set(results.map((r) => r.callId)).size).toBe(1);
    expect(await getBalance(server.database.db, userId)).toBe(2);
    expect(await api.interview.list.query()).toHaveLength(1);
    // A new submission (a new key) is a new interview; the same key later is still the same one.
    const again = await api.interview.create.mutate({ ...backendInterview, idempotencyKey });
    expect(again.interviewId).toBe(results[0]!.interviewId);
    const next = await api.interview.create.mutate({ ...backendInterview, idempotencyKey: crypto.randomUUID() });
    expect(next.interviewId).not.toBe(results[0]!.interviewId);
    expect(await getBalance(server.database.db, userId)).toBe(1);
  });

  it('keeps one user’s idempotency key from answering another user’s interview', async () => {
    const first = await user(1);
    const second = await user(1);
    const idempotencyKey = crypto.randomUUID();
    const a = await first.api.interview.create.mutate({ ...backendInterview, idempotencyKey });
    const b = await second.api.interview.create.mutate({ ...backendInterview, idempotencyKey });
    expect(b.interviewId).not.toBe(a.interviewId);
    expect(await getBalance(server.database.db, second.userId)).toBe(0);
  });

  async function openOrder(api: ReturnType<typeof apiClient>) {
    const { orderId, checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    return { orderId, payUrl: `${server.url}${new URL(checkoutUrl).pathname}/pay` };
  }
  const approve = (payUrl: string, headers: Record<string, string> = {}) =>
    fetch(payUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: 'outcome=approved',
    });

  it('credits a sandbox order once however many times “Approve” is pressed at once', async () => {
    const { userId, api } = await user(0);
    const { orderId, payUrl } = await openOrder(api);
    const answers = await Promise.all(Array.from({ length: 10 }, () => approve(payUrl)));
    expect(answers.every((a) => a.status === 303 || a.status === 429)).toBe(true);
    await expect.poll(() => getBalance(server.database.db, userId)).toBe(3);
    await new Promise((r) => setTimeout(r, 300));
    expect(await getBalance(server.database.db, userId)).toBe(3);
    const approved = await server.database.db
      .select()
      .from(schema.sandboxPayments)
      .where(and(eq(schema.sandboxPayments.externalReference, orderId), eq(schema.sandboxPayments.status, 'approved')));
    expect(approved).toHaveLength(1);
    expect((await ledgerOf(userId)).filter((row) => row.reason === 'purchase')).toHaveLength(1);
  });

  it('sends a late second “Approve” where the first went, charging nothing more', async () => {
    const { userId, api } = await user(0);
    const { orderId, payUrl } = await openOrder(api);
    expect((await approve(payUrl)).status).toBe(303);
    await expect.poll(() => getBalance(server.database.db, userId)).toBe(3);
    const again = await approve(payUrl);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(new RegExp(`/billing/success\\?order=${orderId}$`));
    const approved = await server.database.db
      .select()
      .from(schema.sandboxPayments)
      .where(and(eq(schema.sandboxPayments.externalReference, orderId), eq(schema.sandboxPayments.status, 'approved')));
    expect(approved).toHaveLength(1);
    expect(await getBalance(server.database.db, userId)).toBe(3);
  });

  it('never credits an order twice, even for two different approved payments (the database refuses it)', async () => {
    const { userId, api } = await user(0);
    const { orderId } = await openOrder(api);
    const secret = readFileSync(join(server.dataDir, 'sandbox-webhook-secret'), 'utf8');
    const ids = ['777000001', '777000002'];
    for (const id of ids) {
      await server.database.db
        .insert(schema.sandboxPayments)
        .values({ id, externalReference: orderId, status: 'approved', amount: 29.9, currency: 'BRL' });
    }
    const outcomes = await Promise.all(
      ids.map(async (id) => (await jsonOf(await sendNotification(mercadoPagoNotification(server.url, secret, id)))) as { outcome: string }),
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['credited', 'order-already-paid']);
    expect(await getBalance(server.database.db, userId)).toBe(3);
    // Even written straight to the ledger, a second purchase of the order is refused.
    await expect(
      server.database.db.insert(schema.creditLedger).values({ userId, delta: 3, reason: 'purchase', paymentId: '777000003', orderId }),
    ).rejects.toThrow();
  });

  it('retries a notification its webhook did not take until it lands', async () => {
    const { userId, api } = await user(0);
    const { orderId } = await openOrder(api);
    // As if the first delivery had failed (a 503, a crash right after the payment): owed, not delivered.
    const paymentId = '888000001';
    await server.database.db.transaction(async (tx) => {
      await tx
        .insert(schema.sandboxPayments)
        .values({ id: paymentId, externalReference: orderId, status: 'approved', amount: 29.9, currency: 'BRL' });
      await tx.insert(schema.sandboxNotifications).values({ paymentId, attempts: 1, lastStatus: 503 });
    });
    await expect.poll(() => getBalance(server.database.db, userId), { timeout: 5_000 }).toBe(3);
    await vi.waitFor(async () => {
      const [row] = await server.database.db
        .select()
        .from(schema.sandboxNotifications)
        .where(eq(schema.sandboxNotifications.paymentId, paymentId));
      expect(row?.deliveredAt).toBeInstanceOf(Date);
      expect(row?.lastStatus).toBe(200);
    }, 3_000);
  });

  it('refuses a cross-site form that tries to approve an order', async () => {
    const { userId, api } = await user(0);
    const { orderId, payUrl } = await openOrder(api);
    const forged = await approve(payUrl, { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    const crossSite = await approve(payUrl, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const hiddenOrigin = await approve(payUrl, { origin: 'null', 'sec-fetch-site': 'cross-site' });
    expect(hiddenOrigin.status).toBe(403);
    const rows = await server.database.db
      .select()
      .from(schema.sandboxPayments)
      .where(eq(schema.sandboxPayments.externalReference, orderId));
    expect(rows).toHaveLength(0);
    expect(await getBalance(server.database.db, userId)).toBe(0);
    // Our own page's form still works: Chromium sends `Origin: null` under our no-referrer policy.
    expect((await approve(payUrl, { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(303);
  });
});

describe('the sandbox’s notifications and the public webhook budget', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A tiny public webhook budget, so the sandbox's own deliveries are seen to bypass it.
    server = await startTestServer(testDatabaseTargets[0]!, { VOXLY_RATE_LIMIT_WEBHOOK: '3' });
  });
  afterAll(() => server?.stop());

  it('delivers the sandbox’s notification even when the public webhook budget is spent', async () => {
    const cookie = await signInLocally(server.url, 'Budget Buyer');
    const api = apiClient(server.url, { cookie });
    const { checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    // Someone else on this address spends the webhook budget (3 a minute here).
    for (let i = 0; i < 4; i += 1) await fetch(`${server.url}/webhook/mercadopago`, { method: 'POST', body: '{}' });
    expect((await fetch(`${server.url}/webhook/mercadopago`, { method: 'POST', body: '{}' })).status).toBe(429);
    const paid = await fetch(`${server.url}${new URL(checkoutUrl).pathname}/pay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=approved',
    });
    expect(paid.status).toBe(303);
    await expect.poll(() => getBalance(server.database.db, 'local:budget-buyer')).toBe(3);
    // A forged "sandbox delivery" header does not get past the budget.
    const forged = await fetch(`${server.url}/webhook/mercadopago`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-voxly-sandbox-delivery': 'guess' },
    });
    expect(forged.status).toBe(429);
  });
});
