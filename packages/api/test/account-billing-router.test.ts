import { creditPackageIds } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { orders } from '../src/db/schema.ts';
import type { CheckoutOrder, PaymentsPort } from '../src/ports/payments-port.ts';
import type { UserDirectory } from '../src/ports/user-directory-port.ts';
import type { Identity } from '../src/trpc/context.ts';
import { routerCaller } from './support/router-caller.ts';

/** The account and billing routers through tRPC's caller: one call into the domain each, one error map. */
describe('the account and billing routers, called directly', () => {
  let handle: DatabaseHandle;
  const checkouts: CheckoutOrder[] = [];
  let providerDown = false;
  const payments: PaymentsPort = {
    mode: 'sandbox',
    createCheckout: (order) => {
      if (providerDown) return Promise.reject(new Error('connect ECONNREFUSED 10.0.0.9:443'));
      checkouts.push(order);
      return Promise.resolve({ preferenceId: `pref-${order.orderId}`, checkoutUrl: `https://pay.example/${order.orderId}` });
    },
    getPayment: () => Promise.resolve(null),
  };
  /** The sign-in provider's emails by user; a lookup for a user in `lookupFails` fails. */
  const providerEmails = new Map<string, string>();
  const lookupFails = new Set<string>();
  const directory: UserDirectory = {
    primaryEmail: (userId) =>
      lookupFails.has(userId) ? Promise.reject(new Error('Clerk: 503')) : Promise.resolve(providerEmails.get(userId) ?? null),
  };
  let caller: ReturnType<typeof routerCaller>;
  const ana: Identity = { userId: 'local:caller-ana', name: 'Ana' };
  const bruno: Identity = { userId: 'local:caller-bruno', name: 'Bruno' };

  beforeAll(async () => {
    handle = await openPglite();
    caller = routerCaller(handle, {
      payments,
      directory,
      checkoutUrls: { webOrigin: 'http://web.test' },
      publicSettings: { clerkPublishableKey: 'pk_test_public' },
    });
  });
  afterAll(() => handle?.close());

  it('tells a signed-out browser how to start, and that no one is signed in', async () => {
    expect(await caller(null).account.publicConfig()).toEqual({
      modes: expect.objectContaining({ auth: 'local' }) as unknown,
      currency: 'BRL',
      clerkPublishableKey: 'pk_test_public',
    });
    expect(await caller(null).account.session()).toBeNull();
    await expect(caller(null).account.me()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('creates the user on first sight with no credits, and changes only what is asked', async () => {
    expect(await caller(ana).account.session()).toEqual({ userId: ana.userId, name: 'Ana' });
    const me = await caller(ana).account.me();
    expect(me).toMatchObject({ user: { id: ana.userId, name: 'Ana', locale: null }, credits: 0 });
    expect(await caller(ana).account.updateProfile({ locale: 'pt-BR' })).toMatchObject({ name: 'Ana', locale: 'pt-BR' });
    expect(await caller(ana).account.updateProfile({ name: '  Ana Lima ' })).toMatchObject({ name: 'Ana Lima', locale: 'pt-BR' });
    await expect(caller(ana).account.updateProfile({})).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller(ana).account.updateProfile({ name: 'Ana\u0000' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await caller(ana).account.me()).user.name).toBe('Ana Lima');
  });

  it('opens a checkout at the catalog price and shows the order only to its buyer', async () => {
    const [pkg] = await caller(null).billing.packages();
    const { orderId, checkoutUrl } = await caller(ana).billing.createCheckout({ packageId: pkg!.id });
    expect(checkoutUrl).toBe(`https://pay.example/${orderId}`);
    expect(checkouts.at(-1)).toMatchObject({ orderId, amount: pkg!.price, currency: 'BRL', credits: pkg!.credits });
    expect(await caller(ana).billing.order({ orderId })).toEqual({
      id: orderId,
      packageId: pkg!.id,
      credits: pkg!.credits,
      status: 'open',
    });
    await expect(caller(bruno).billing.order({ orderId })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such order.' });
    expect(await caller(ana).billing.balance()).toEqual({ credits: 0 });
    expect(await caller(ana).billing.history()).toEqual([]);
  });

  it('gives the checkout the sign-in provider’s primary email as the payer’s, and checks out without it when the lookup fails', async () => {
    const carla: Identity = { userId: 'user_carla', email: 'stored@voxly.test' };
    const dora: Identity = { userId: 'user_dora' };
    providerEmails.set(carla.userId, 'carla.now@voxly.test');
    await caller(carla).billing.createCheckout({ packageId: creditPackageIds[0] });
    expect(checkouts.at(-1)?.payerEmail).toBe('carla.now@voxly.test');
    // The provider cannot say: the stored email, and the checkout still opens.
    lookupFails.add(carla.userId);
    await caller(carla).billing.createCheckout({ packageId: creditPackageIds[0] });
    expect(checkouts.at(-1)?.payerEmail).toBe('stored@voxly.test');
    lookupFails.add(dora.userId);
    await caller(dora).billing.createCheckout({ packageId: creditPackageIds[0] });
    expect(checkouts.at(-1)?.payerEmail).toBeNull();
    // Local sign-in knows no email: none is sent.
    await caller(ana).billing.createCheckout({ packageId: creditPackageIds[0] });
    expect(checkouts.at(-1)?.payerEmail).toBeNull();
  });

  it('says the provider is down in plain words, with nothing charged and no provider detail', async () => {
    providerDown = true;
    try {
      const refused = caller(bruno).billing.createCheckout({ packageId: creditPackageIds[0] });
      await expect(refused).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      await expect(refused).rejects.toThrow(/Nothing was charged/);
      await expect(refused).rejects.not.toThrow(/ECONNREFUSED/);
    } finally {
      providerDown = false;
    }
    // The order stays open and unpaid: no credit moved.
    const [order] = await handle.db.select({ status: orders.status }).from(orders).where(eq(orders.userId, bruno.userId));
    expect(order?.status).toBe('open');
    expect(await caller(bruno).billing.balance()).toEqual({ credits: 0 });
  });
});
