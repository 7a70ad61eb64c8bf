import { creditPackagesFor, findCreditPackage } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { creditLedger, orders, users } from '../src/db/schema.ts';
import type { CheckoutOrder, PaymentsPort } from '../src/ports/payments-port.ts';
import type { Identity } from '../src/trpc/context.ts';
import { routerCaller } from './support/router-caller.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

/** Prices by the visitor's market (VOXLY_MARKETS): the server picks market and price; the client only names them. */
describe.each(testDatabaseTargets)('prices by market on $name', (target) => {
  let handle: DatabaseHandle;
  const checkouts: CheckoutOrder[] = [];
  const payments: PaymentsPort = {
    mode: 'sandbox',
    createCheckout: (order) => {
      checkouts.push(order);
      return Promise.resolve({ preferenceId: `pref-${order.orderId}`, checkoutUrl: `https://pay.example/${order.orderId}` });
    },
    getPayment: () => Promise.resolve(null),
  };
  const services = { payments, directory: { primaryEmail: () => Promise.resolve(null) }, checkoutUrls: { webOrigin: 'http://web.test' } };
  /** Sells in Brazil (the default), Argentina and Mexico. */
  let threeMarkets: ReturnType<typeof routerCaller>;
  /** As before: one currency. */
  let oneMarket: ReturnType<typeof routerCaller>;

  beforeAll(async () => {
    handle = await target.open();
    threeMarkets = routerCaller(handle, { ...services, currency: 'BRL', markets: ['BRL', 'ARS', 'MXN'] });
    oneMarket = routerCaller(handle, services);
  });
  afterAll(() => handle?.close());

  const ordersOf = (userId: string) => handle.db.select().from(orders).where(eq(orders.userId, userId));
  const storedMarket = async (userId: string) =>
    (await handle.db.select({ market: users.market }).from(users).where(eq(users.id, userId)))[0]?.market;
  const languages = (...tags: string[]) => ({ languages: tags });

  it('with one currency configured prices everyone in it, whatever the browser says, and offers no other', async () => {
    expect(await oneMarket(null, languages('es-AR', 'es')).billing.prices()).toEqual({
      market: 'BRL',
      markets: ['BRL'],
      packages: creditPackagesFor('BRL'),
    });
    await expect(oneMarket(null).billing.prices({ market: 'ARS' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Prices are not offered in ARS.',
    });
  });

  it('prices a visitor by their browser’s region, best language first, and the default when no region fits', async () => {
    const marketFor = async (...tags: string[]) => (await threeMarkets(null, languages(...tags)).billing.prices()).market;
    expect(await marketFor('es-AR', 'es')).toBe('ARS');
    expect(await marketFor('en-US', 'es-MX')).toBe('MXN'); // the US is no market: the next language's region is
    expect(await marketFor('pt')).toBe('BRL'); // Portuguese is most likely Brazil's
    expect(await marketFor('es-CL')).toBe('BRL'); // a market this server does not sell in
    expect(await marketFor('en-GB', 'fr')).toBe('BRL');
    expect(await marketFor('*')).toBe('BRL');
    expect(await marketFor()).toBe('BRL');
    const mexico = await threeMarkets(null, languages('es-MX')).billing.prices();
    expect(mexico).toEqual({ market: 'MXN', markets: ['BRL', 'ARS', 'MXN'], packages: creditPackagesFor('MXN') });
  });

  it('switches to a market the visitor picks, and refuses one it does not sell in or does not know', async () => {
    expect((await threeMarkets(null, languages('es-AR')).billing.prices({ market: 'MXN' })).packages).toEqual(creditPackagesFor('MXN'));
    await expect(threeMarkets(null).billing.prices({ market: 'CLP' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // @ts-expect-error -- a currency no checkout settles in, as a client might send it
    await expect(threeMarkets(null).billing.prices({ market: 'USD' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('keeps a signed-in user’s market over their browser’s region, and refuses to keep one it does not sell in', async () => {
    const lucia: Identity = { userId: 'local:market-lucia', name: 'Lucía' };
    expect((await threeMarkets(lucia, languages('es-AR')).billing.prices()).market).toBe('ARS');
    expect(await threeMarkets(lucia).billing.setMarket({ market: 'MXN' })).toEqual({ market: 'MXN' });
    expect((await threeMarkets(lucia, languages('es-AR')).billing.prices()).market).toBe('MXN');
    await expect(threeMarkets(lucia).billing.setMarket({ market: 'CLP' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await storedMarket(lucia.userId)).toBe('MXN');
    await expect(threeMarkets(null).billing.setMarket({ market: 'MXN' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // The operator stops selling in Mexico: the stored market no longer counts.
    expect((await oneMarket(lucia, languages('es-AR')).billing.prices()).market).toBe('BRL');
  });

  it('checks out at the catalog price of the market named, keeps that market, and credits nothing yet', async () => {
    const mateo: Identity = { userId: 'local:market-mateo', name: 'Mateo' };
    const { orderId } = await threeMarkets(mateo, languages('pt-BR')).billing.createCheckout({ packageId: 'intermediate', market: 'ARS' });
    const ars = findCreditPackage('intermediate', 'ARS');
    expect(checkouts.at(-1)).toMatchObject({ orderId, amount: ars.price, currency: 'ARS', credits: ars.credits });
    const [order] = await ordersOf(mateo.userId);
    expect(order).toMatchObject({ id: orderId, amount: ars.price, currency: 'ARS', credits: 10, status: 'open' });
    expect(await storedMarket(mateo.userId)).toBe('ARS');
    expect((await threeMarkets(mateo, languages('pt-BR')).billing.prices()).market).toBe('ARS');
    expect(await handle.db.select().from(creditLedger).where(eq(creditLedger.userId, mateo.userId))).toEqual([]);
  });

  it('without a market named, checks out in the one the page showed: stored, else the browser’s region', async () => {
    const sofia: Identity = { userId: 'local:market-sofia' };
    await threeMarkets(sofia, languages('es-MX')).billing.createCheckout({ packageId: 'starter' });
    expect(checkouts.at(-1)).toMatchObject({ currency: 'MXN', amount: findCreditPackage('starter', 'MXN').price });
    await threeMarkets(sofia, languages('es-AR')).billing.createCheckout({ packageId: 'starter' });
    expect(checkouts.at(-1)).toMatchObject({ currency: 'MXN' });
  });

  it('refuses an unknown market, an amount or a currency from the client, with nothing stored or sent', async () => {
    const tomas: Identity = { userId: 'local:market-tomas' };
    const sent = checkouts.length;
    await expect(threeMarkets(tomas).billing.createCheckout({ packageId: 'starter', market: 'CLP' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Prices are not offered in CLP.',
    });
    // @ts-expect-error -- a currency no checkout settles in
    await expect(threeMarkets(tomas).billing.createCheckout({ packageId: 'starter', market: 'USD' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      // @ts-expect-error -- the client has no say in the amount
      threeMarkets(tomas).billing.createCheckout({ packageId: 'starter', market: 'ARS', amount: 1, currency: 'ARS' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(oneMarket(tomas).billing.createCheckout({ packageId: 'starter', market: 'ARS' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await ordersOf(tomas.userId)).toEqual([]);
    expect(await storedMarket(tomas.userId)).toBeNull();
    expect(checkouts).toHaveLength(sent);
  });

  it('titles the checkout in the buyer’s language: their chosen one, else their browser’s, else English', async () => {
    const title = async (identity: Identity, ...tags: string[]) => {
      await threeMarkets(identity, languages(...tags)).billing.createCheckout({ packageId: 'intermediate' });
      return checkouts.at(-1)?.packageName;
    };
    const elena: Identity = { userId: 'local:market-elena' };
    await threeMarkets(elena).account.updateProfile({ locale: 'es' });
    expect(await title(elena, 'pt-BR')).toBe('Voxly Intermedio: 10 créditos de entrevista');
    expect(await title({ userId: 'local:market-joao' }, 'pt-BR', 'pt')).toBe('Voxly Intermediário: 10 créditos de entrevista');
    expect(await title({ userId: 'local:market-kim' }, 'ko-KR')).toBe('Voxly Intermediate: 10 interview credits');
    expect(await title({ userId: 'local:market-lee' })).toBe('Voxly Intermediate: 10 interview credits');
  });
});
