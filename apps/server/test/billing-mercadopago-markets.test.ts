import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { ConfigError } from '@voxly/config/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeMercadoPago } from './support/fake-mercadopago.ts';
import { mercadoPagoNotification, sendNotification } from './support/mercadopago-signature.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

// Two Mercado Pago accounts, as two countries' accounts would be: Brazil's (the default
// market, the unsuffixed pair) and Argentina's (its own pair). Test values, not credentials.
const brazil = { accessToken: 'TEST-1111-brazil-account', secret: 'mp-webhook-secret-brazil' };
const argentina = { accessToken: 'TEST-2222-argentina-account', secret: 'mp-webhook-secret-argentina' };
const accountsEnv = {
  VOXLY_MARKETS: 'BRL,ARS',
  MERCADOPAGO_ACCESS_TOKEN: brazil.accessToken,
  MERCADOPAGO_WEBHOOK_SECRET: brazil.secret,
  MERCADOPAGO_ACCESS_TOKEN_ARS: argentina.accessToken,
  MERCADOPAGO_WEBHOOK_SECRET_ARS: argentina.secret,
  PUBLIC_API_URL: 'https://api.voxly.example',
  WEB_ORIGIN: 'https://app.voxly.example',
};
const argentinaPath = '/webhook/mercadopago/ARS';

describe.each(testDatabaseTargets)('Mercado Pago with one account per market (real SDK, faked at the transport), $name', (target) => {
  let server: TestServer;
  const mp = new FakeMercadoPago();
  let n = 0;
  let paymentIds = 7_000_000;

  beforeAll(async () => {
    mp.install();
    server = await startTestServer(target, accountsEnv);
  });
  afterAll(async () => {
    await server?.stop();
    mp.uninstall();
  });

  async function buyer() {
    n += 1;
    const cookie = await signInLocally(server.url, `Market Buyer ${n}`);
    return { api: apiClient(server.url, { cookie }), userId: `local:market-buyer-${n}` };
  }
  const nextPaymentId = () => String((paymentIds += 1));
  const ledgerOf = (userId: string) => server.database.db.select().from(schema.creditLedger).where(eq(schema.creditLedger.userId, userId));
  const orderOf = async (orderId: string) =>
    (await server.database.db.select().from(schema.orders).where(eq(schema.orders.id, orderId)))[0];
  const paymentRow = async (paymentId: string) =>
    (await server.database.db.select().from(schema.payments).where(eq(schema.payments.id, paymentId)))[0];

  it('opens each market’s checkout with that market’s account and credits each purchase once, in its currency', async () => {
    const inBrazil = await buyer();
    const inArgentina = await buyer();
    const brl = await inBrazil.api.billing.createCheckout.mutate({ packageId: 'intermediate', market: 'BRL' });
    const ars = await inArgentina.api.billing.createCheckout.mutate({ packageId: 'intermediate', market: 'ARS' });

    const preferenceOf = (orderId: string) => mp.preferences.find((p) => p.idempotencyKey === orderId);
    expect(preferenceOf(brl.orderId)?.auth).toBe(`Bearer ${brazil.accessToken}`);
    expect(preferenceOf(brl.orderId)?.body).toMatchObject({
      items: [{ unit_price: 79.9, currency_id: 'BRL' }],
      external_reference: brl.orderId,
      notification_url: 'https://api.voxly.example/webhook/mercadopago',
    });
    expect(preferenceOf(ars.orderId)?.auth).toBe(`Bearer ${argentina.accessToken}`);
    expect(preferenceOf(ars.orderId)?.body).toMatchObject({
      items: [{ unit_price: 26_900, currency_id: 'ARS' }],
      external_reference: ars.orderId,
      notification_url: `https://api.voxly.example${argentinaPath}`,
    });
    // The order keeps its market: the account that must pay it.
    expect(await orderOf(brl.orderId)).toMatchObject({ currency: 'BRL', amount: 79.9, status: 'open' });
    expect(await orderOf(ars.orderId)).toMatchObject({ currency: 'ARS', amount: 26_900, status: 'open' });

    // Each account's payment lives in that account; each notification comes signed by its account.
    const brlPayment = nextPaymentId();
    const arsPayment = nextPaymentId();
    mp.addPayment(brlPayment, { status: 'approved', amount: 79.9, currency: 'BRL', externalReference: brl.orderId }, brazil);
    mp.addPayment(arsPayment, { status: 'approved', amount: 26_900, currency: 'ARS', externalReference: ars.orderId }, argentina);
    const brlNotice = () => sendNotification(mercadoPagoNotification(server.url, brazil.secret, brlPayment));
    const arsNotice = () => sendNotification(mercadoPagoNotification(server.url, argentina.secret, arsPayment, { path: argentinaPath }));
    expect(await (await brlNotice()).json()).toEqual({ outcome: 'credited' });
    expect(await (await arsNotice()).json()).toEqual({ outcome: 'credited' });
    // Mercado Pago's retries (fresh signatures, same payment) change nothing.
    expect(await (await brlNotice()).json()).toEqual({ outcome: 'already-credited' });
    expect(await (await arsNotice()).json()).toEqual({ outcome: 'already-credited' });

    for (const [who, orderId, paymentId, currency, amount] of [
      [inBrazil, brl.orderId, brlPayment, 'BRL', 79.9],
      [inArgentina, ars.orderId, arsPayment, 'ARS', 26_900],
    ] as const) {
      expect(await getBalance(server.database.db, who.userId)).toBe(10);
      expect(await ledgerOf(who.userId)).toEqual([expect.objectContaining({ delta: 10, reason: 'purchase', orderId, paymentId })]);
      expect(await paymentRow(paymentId)).toMatchObject({ currency, amount, orderId, status: 'approved' });
      expect(await orderOf(orderId)).toMatchObject({ status: 'paid' });
    }
  });

  it('refuses forged, replayed and cross-account notifications, and credits nothing until the right account’s arrives', async () => {
    const inArgentina = await buyer();
    const { orderId } = await inArgentina.api.billing.createCheckout.mutate({ packageId: 'starter', market: 'ARS' });
    const arsPayment = nextPaymentId();
    mp.addPayment(arsPayment, { status: 'approved', amount: 9_900, currency: 'ARS', externalReference: orderId }, argentina);

    const refused = async (notification: ReturnType<typeof mercadoPagoNotification>) => {
      const response = await sendNotification(notification);
      return { status: response.status, body: await response.json() };
    };
    // Signed with Brazil's secret, posted to Argentina's path: not Argentina's signature.
    expect((await refused(mercadoPagoNotification(server.url, brazil.secret, arsPayment, { path: argentinaPath }))).status).toBe(401);
    // Signed with Argentina's secret, posted to Brazil's (the bare) path: not Brazil's signature.
    expect((await refused(mercadoPagoNotification(server.url, argentina.secret, arsPayment))).status).toBe(401);
    // Forged with a made-up secret, and Argentina's own signature from ten minutes ago (a replay).
    expect((await refused(mercadoPagoNotification(server.url, 'guessed-secret', arsPayment, { path: argentinaPath }))).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect(
      (await refused(mercadoPagoNotification(server.url, argentina.secret, arsPayment, { path: argentinaPath, ts: stale }))).status,
    ).toBe(401);
    // Brazil's account, properly signed, naming Argentina's payment: Brazil's token does not find it.
    expect(await refused(mercadoPagoNotification(server.url, brazil.secret, arsPayment))).toEqual({
      status: 200,
      body: { outcome: 'unknown-payment' },
    });
    // A payment Brazil's account reports in pesos for Argentina's order (amount and reference
    // matching): Brazil's account settles reais, so it never pays an Argentine order.
    const claimed = nextPaymentId();
    mp.addPayment(claimed, { status: 'approved', amount: 9_900, currency: 'ARS', externalReference: orderId }, brazil);
    expect(await refused(mercadoPagoNotification(server.url, brazil.secret, claimed))).toEqual({
      status: 200,
      body: { outcome: 'wrong-market' },
    });

    // Nothing changed: no credit, no ledger row, no payment recorded, the order still open.
    expect(await getBalance(server.database.db, inArgentina.userId)).toBe(0);
    expect(await ledgerOf(inArgentina.userId)).toEqual([]);
    expect(await paymentRow(arsPayment)).toBeUndefined();
    expect(await paymentRow(claimed)).toBeUndefined();
    expect(await orderOf(orderId)).toMatchObject({ status: 'open' });

    // Argentina's own notification then pays it, once.
    const genuine = () => sendNotification(mercadoPagoNotification(server.url, argentina.secret, arsPayment, { path: argentinaPath }));
    expect(await (await genuine()).json()).toEqual({ outcome: 'credited' });
    expect(await getBalance(server.database.db, inArgentina.userId)).toBe(3);
    expect(await ledgerOf(inArgentina.userId)).toHaveLength(1);
  });
});

describe('Mercado Pago accounts at start-up', () => {
  it('refuses to start when a market in VOXLY_MARKETS has no account', async () => {
    const { MERCADOPAGO_ACCESS_TOKEN_ARS: _token, MERCADOPAGO_WEBHOOK_SECRET_ARS: _secret, ...withoutArgentina } = accountsEnv;
    const start = startTestServer(testDatabaseTargets[0]!, withoutArgentina);
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(
      /Mercado Pago has no account for ARS \(in VOXLY_MARKETS\).*MERCADOPAGO_ACCESS_TOKEN_ARS and MERCADOPAGO_WEBHOOK_SECRET_ARS/,
    );
  });
});
