import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { creditPackagesFor, findCreditPackage } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, signInLocally, startTestServer, trpcErrorCode, type TestServer } from './support/test-server.ts';

/** VOXLY_MARKETS over HTTP: the browser's Accept-Language picks the market; the sandbox and the ledger stay exact in it. */
describe.each(testDatabaseTargets)('billing in several markets with the sandbox checkout, $name', (target) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(target, { VOXLY_MARKETS: 'BRL,ARS,MXN' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('prices a visitor by the Accept-Language the request carries', async () => {
    const argentina = await apiClient(server.url, { 'accept-language': 'es-AR,es;q=0.9,en;q=0.5' }).billing.prices.query();
    expect(argentina).toEqual({ market: 'ARS', markets: ['BRL', 'ARS', 'MXN'], packages: creditPackagesFor('ARS') });
    // Quality, not order, ranks the languages (Express's negotiator).
    expect((await apiClient(server.url, { 'accept-language': 'en-US;q=0.4,es-MX;q=0.8' }).billing.prices.query()).market).toBe('MXN');
    expect((await apiClient(server.url).billing.prices.query()).market).toBe('BRL');
  });

  it('buys in the market named: the sandbox charges the catalog price in that currency and the ledger gets the credits once', async () => {
    const cookie = await signInLocally(server.url, 'Market Buyer');
    const userId = 'local:market-buyer';
    const api = apiClient(server.url, { cookie, 'accept-language': 'pt-BR' });
    const { orderId, checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'intermediate', market: 'ARS' });
    const ars = findCreditPackage('intermediate', 'ARS');

    const pagePath = new URL(checkoutUrl).pathname;
    const html = await (await fetch(`${server.url}${pagePath}`, { headers: { 'accept-language': 'es-AR' } })).text();
    expect(html).toContain('$\u00a026.900,00'); // ARS 26,900 as Argentina writes it

    const pay = await fetch(`${server.url}${pagePath}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=approved',
      redirect: 'manual',
    });
    expect(pay.status).toBe(303);
    expect(await getBalance(server.database.db, userId)).toBe(ars.credits);
    const paid = await server.database.db.select().from(schema.payments).where(eq(schema.payments.orderId, orderId));
    expect(paid).toEqual([expect.objectContaining({ amount: ars.price, currency: 'ARS', status: 'approved' })]);
    expect(await api.billing.history.query()).toEqual([expect.objectContaining({ delta: ars.credits, reason: 'purchase' })]);
    // The next visit is priced in the market bought in, whatever the browser says.
    expect((await api.billing.prices.query()).market).toBe('ARS');
  });

  it('refuses a market it does not sell in with a 400, nothing stored', async () => {
    const cookie = await signInLocally(server.url, 'Market Refused');
    const api = apiClient(server.url, { cookie });
    expect(await trpcErrorCode(api.billing.createCheckout.mutate({ packageId: 'starter', market: 'CLP' }))).toBe('BAD_REQUEST');
    const stored = await server.database.db.select().from(schema.orders).where(eq(schema.orders.userId, 'local:market-refused'));
    expect(stored).toEqual([]);
  });
});
