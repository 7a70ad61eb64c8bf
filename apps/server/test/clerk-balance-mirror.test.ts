import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets, type TestDatabaseTarget } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import type { CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clerkOfflineKeys, clerkSessionToken } from './support/clerk-tokens.ts';
import { FakeClerk } from './support/fake-clerk.ts';
import { FakeMercadoPago } from './support/fake-mercadopago.ts';
import { backendInterview, grantCredits } from './support/interview-fixtures.ts';
import { mercadoPagoNotification, sendNotification } from './support/mercadopago-signature.ts';
import { apiClient, startTestServer, type TestServer } from './support/test-server.ts';

/** The mirror is drained often and retried quickly here; production drains every 2 s from a 1 s first retry. */
const fastMirror = { balanceMirror: { everyMs: 50, retryBaseMs: 50 } };

/**
 * With Clerk configured, each balance the ledger moves shows in the user's
 * `publicMetadata.credits` (ADR 0024), written by the real `@clerk/backend` to a fake of
 * Clerk's Backend API on a local port (CLERK_API_URL); the ledger stays the only truth.
 */
describe.each(testDatabaseTargets)('Clerk balance mirror, $name', (target) => {
  let server: TestServer;
  let clerk: FakeClerk;
  let privateKey: CryptoKey;
  let n = 0;

  beforeAll(async () => {
    const keys = await clerkOfflineKeys();
    privateKey = keys.privateKey;
    clerk = await new FakeClerk(keys.env.CLERK_SECRET_KEY).start();
    server = await startTestServer(target, { ...keys.env, CLERK_API_URL: clerk.url }, fastMirror);
  });
  afterAll(async () => {
    await server?.stop();
    await clerk?.stop();
  });

  /** A Clerk user (with other metadata of its own) signed in to our API. */
  async function clerkUser() {
    n += 1;
    const userId = `user_mirror_${target.name}_${n}`;
    clerk.addUser(userId, { emails: [`buyer${n}@voxly.test`], publicMetadata: { plan: 'beta' } });
    const token = await clerkSessionToken(privateKey, { sub: userId, expiresIn: 600 });
    return { userId, api: apiClient(server.url, { authorization: `Bearer ${token}` }) };
  }

  const creditsInClerk = (userId: string) => clerk.publicMetadata(userId)?.credits;
  const shows = (userId: string, credits: number) => expect.poll(() => creditsInClerk(userId), { timeout: 5_000 }).toBe(credits);

  async function buyInSandbox(api: ReturnType<typeof apiClient>, packageId: 'starter' | 'intermediate') {
    const { checkoutUrl } = await api.billing.createCheckout.mutate({ packageId });
    const pay = await fetch(`${server.url}${new URL(checkoutUrl).pathname}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=approved',
      redirect: 'manual',
    });
    expect(pay.status).toBe(303);
  }

  it('shows the balance in publicMetadata.credits after a purchase, a spend, a refund and a grant, keeping other metadata', async () => {
    const { userId, api } = await clerkUser();
    await buyInSandbox(api, 'starter');
    await shows(userId, 3);
    expect(clerk.publicMetadata(userId)).toEqual({ plan: 'beta', credits: 3 });

    const { interviewId } = await api.interview.create.mutate(backendInterview);
    await shows(userId, 2);
    // Ended before a word was said: refunded.
    await api.interview.end.mutate({ interviewId });
    expect((await api.interview.get.query({ interviewId })).creditRefunded).toBe(true);
    await shows(userId, 3);

    await grantCredits(server.database.db, userId, 2);
    await shows(userId, 5);

    const writes = clerk.metadataWrites.filter((w) => w.userId === userId);
    // The documented wire: PATCH /v1/users/{id}/metadata with { public_metadata: { credits } }, our secret key.
    expect(writes.every((w) => w.authorization === 'Bearer sk_test_voxly_offline')).toBe(true);
    expect(writes.map((w) => w.body)).toContainEqual({ public_metadata: { credits: 5 } });
  });

  it('never reads credits from Clerk: an edit there changes nothing here, and the next change writes the truth again', async () => {
    const { userId, api } = await clerkUser();
    await grantCredits(server.database.db, userId, 1);
    await shows(userId, 1);
    clerk.setPublicMetadata(userId, { credits: 999 });
    expect(await api.billing.balance.query()).toEqual({ credits: 1 });
    expect(await trpcCodeOf(api.interview.create.mutate(backendInterview))).toBeNull();
    expect(await api.billing.balance.query()).toEqual({ credits: 0 });
    expect(await trpcCodeOf(api.interview.create.mutate(backendInterview))).toBe('PRECONDITION_FAILED');
    await shows(userId, 0);
  });

  it('retries through a Clerk outage (500s) until the balance lands, and the ledger is unaffected', async () => {
    const { userId, api } = await clerkUser();
    clerk.failMetadataWrites = 4;
    await buyInSandbox(api, 'intermediate');
    await shows(userId, 10);
    const attempts = clerk.metadataWrites.filter((w) => w.userId === userId).map((w) => w.status);
    expect(attempts.slice(0, 4)).toEqual([500, 500, 500, 500]);
    expect(attempts.at(-1)).toBe(200);
    // The outage moved no credit: one purchase row, the balance it says.
    const ledger = await server.database.db.select().from(schema.creditLedger).where(eq(schema.creditLedger.userId, userId));
    expect(ledger.map((row) => [row.reason, row.delta])).toEqual([['purchase', 10]]);
    expect(await getBalance(server.database.db, userId)).toBe(10);
    expect(server.logs.join('')).toContain('balance mirror write failed; it will be retried');
    await expect.poll(() => server.database.db.$count(schema.balanceMirrorOutbox, eq(schema.balanceMirrorOutbox.userId, userId))).toBe(0);
  });
});

/** The tRPC error code a call failed with, or null when it succeeded. */
async function trpcCodeOf(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    return (error as { data?: { code?: string } }).data?.code ?? 'unknown';
  }
}

/** Mercado Pago's API faked at the transport, Clerk's on a local port, a server with both. */
function mercadoPagoUnderClerk(target: TestDatabaseTarget, accessToken: string) {
  const ctx = {} as { server: TestServer; clerk: FakeClerk; privateKey: CryptoKey };
  const mp = new FakeMercadoPago();
  beforeAll(async () => {
    mp.install();
    const keys = await clerkOfflineKeys();
    ctx.privateKey = keys.privateKey;
    ctx.clerk = await new FakeClerk(keys.env.CLERK_SECRET_KEY).start();
    ctx.server = await startTestServer(
      target,
      {
        ...keys.env,
        CLERK_API_URL: ctx.clerk.url,
        MERCADOPAGO_ACCESS_TOKEN: accessToken,
        MERCADOPAGO_WEBHOOK_SECRET: mpSecret,
        PUBLIC_API_URL: 'https://api.voxly.example',
      },
      fastMirror,
    );
  });
  afterAll(async () => {
    await ctx.server?.stop();
    await ctx.clerk?.stop();
    mp.uninstall();
  });
  const signedIn = async (userId: string) =>
    apiClient(ctx.server.url, { authorization: `Bearer ${await clerkSessionToken(ctx.privateKey, { sub: userId, expiresIn: 600 })}` });
  return { ctx, mp, signedIn };
}

const mpSecret = 'mp-webhook-secret-for-tests';

describe.each(testDatabaseTargets)('Mercado Pago under Clerk, $name', (target) => {
  const { ctx, mp, signedIn } = mercadoPagoUnderClerk(target, 'APP_USR-1234567890-voxly');

  it('puts the Clerk user’s primary email in the preference’s payer, and mirrors the credits the payment brings', async () => {
    const userId = `user_mp_${target.name}`;
    // Two addresses: the second is the primary one.
    ctx.clerk.addUser(userId, { emails: ['old@voxly.test', 'ana.lima@voxly.test'], primaryEmailIndex: 1 });
    const api = await signedIn(userId);
    const { orderId, checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    expect(checkoutUrl).toMatch(/^https:\/\/www\.mercadopago\.com\.br\//);
    const preference = mp.preferences.at(-1)!;
    expect(preference.body.payer).toEqual({ email: 'ana.lima@voxly.test' });
    expect(preference.body.external_reference).toBe(orderId);
    expect(ctx.clerk.userLookups).toContain(userId);

    mp.addPayment('7770001', { status: 'approved', amount: 29.9, currency: 'BRL', externalReference: orderId });
    expect(await (await sendNotification(mercadoPagoNotification(ctx.server.url, mpSecret, '7770001'))).json()).toEqual({
      outcome: 'credited',
    });
    await expect.poll(() => ctx.clerk.publicMetadata(userId)?.credits, { timeout: 5_000 }).toBe(3);
  });

  it('still opens the checkout when Clerk cannot say the email, without a payer', async () => {
    const api = await signedIn(`user_mp_unknown_${target.name}`); // not in Clerk: the lookup answers 404
    const { checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    expect(checkoutUrl).toMatch(/^https:\/\/www\.mercadopago\.com\.br\//);
    expect(mp.preferences.at(-1)!.body).not.toHaveProperty('payer');
  });
});

describe('Mercado Pago test credentials under Clerk', () => {
  const { ctx, mp, signedIn } = mercadoPagoUnderClerk(testDatabaseTargets[0]!, 'TEST-1234567890-voxly');

  it('names only a Mercado Pago test buyer as the payer: a real address would make the test checkout refuse', async () => {
    ctx.clerk.addUser('user_mp_real', { emails: ['ana.lima@voxly.test'] });
    await (await signedIn('user_mp_real')).billing.createCheckout.mutate({ packageId: 'starter' });
    expect(mp.preferences.at(-1)!.body).not.toHaveProperty('payer');

    ctx.clerk.addUser('user_mp_test_buyer', { emails: ['test_user_4570364@testuser.com'] });
    await (await signedIn('user_mp_test_buyer')).billing.createCheckout.mutate({ packageId: 'starter' });
    expect(mp.preferences.at(-1)!.body.payer).toEqual({ email: 'test_user_4570364@testuser.com' });
  });
});
