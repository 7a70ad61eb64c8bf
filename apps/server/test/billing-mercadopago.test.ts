import { readFileSync } from 'node:fs';
import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeMercadoPago } from './support/fake-mercadopago.ts';
import { mercadoPagoNotification, sendNotification } from './support/mercadopago-signature.ts';
import { serverOnScratchPostgres } from './support/scratch-postgres-server.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const secret = 'mp-webhook-secret-for-tests';
const accessToken = 'TEST-1234567890-voxly';

describe('billing with Mercado Pago (real SDK, faked at the transport)', () => {
  let server: TestServer;
  const mp = new FakeMercadoPago();

  beforeAll(async () => {
    mp.install();
    server = await startTestServer(testDatabaseTargets[0]!, {
      MERCADOPAGO_ACCESS_TOKEN: accessToken,
      MERCADOPAGO_WEBHOOK_SECRET: secret,
      PUBLIC_API_URL: 'https://api.voxly.example',
      WEB_ORIGIN: 'https://app.voxly.example',
    });
  });
  afterAll(async () => {
    await server?.stop();
    mp.uninstall();
  });

  it('creates a Checkout Pro preference from our catalog, with our reference and one idempotency key per order', async () => {
    const cookie = await signInLocally(server.url, 'MP Buyer');
    const api = apiClient(server.url, { cookie });
    const { orderId, checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'intermediate' });
    expect(checkoutUrl).toBe('https://sandbox.mercadopago.com.br/checkout/v1/redirect?pref_id=123456-pref-1'); // TEST- token
    const [created] = mp.preferences;
    expect(created!.auth).toBe(`Bearer ${accessToken}`);
    expect(created!.idempotencyKey).toBe(orderId);
    expect(created!.body).toMatchObject({
      items: [{ id: orderId, quantity: 1, unit_price: 79.9, currency_id: 'BRL', title: 'Voxly Intermediate: 10 interview credits' }],
      external_reference: orderId,
      notification_url: 'https://api.voxly.example/webhook/mercadopago',
      auto_return: 'approved',
      back_urls: {
        success: `https://app.voxly.example/billing/success?order=${orderId}`,
        failure: `https://app.voxly.example/billing/failure?order=${orderId}`,
        pending: `https://app.voxly.example/billing/pending?order=${orderId}`,
      },
    });
    // Local sign-in knows no email: the buyer types one on Mercado Pago's page.
    expect(created!.body).not.toHaveProperty('payer');

    // Mercado Pago then notifies; we fetch the payment from its API and credit once.
    mp.addPayment('5551234', { status: 'approved', amount: 79.9, currency: 'BRL', externalReference: orderId });
    const first = await sendNotification(mercadoPagoNotification(server.url, secret, '5551234'));
    expect(await first.json()).toEqual({ outcome: 'credited' });
    expect(await getBalance(server.database.db, 'local:mp-buyer')).toBe(10);
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, '5551234'))).json()).toEqual({
      outcome: 'already-credited',
    });
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, '999'))).json()).toEqual({
      outcome: 'unknown-payment',
    });
  });

  it('titles the preference’s item in the buyer’s language, in the documented item shape', async () => {
    const itemOf = async (name: string, headers: Record<string, string>, locale?: 'en' | 'es' | 'pt-BR') => {
      const api = apiClient(server.url, { cookie: await signInLocally(server.url, name), ...headers });
      if (locale) await api.account.updateProfile.mutate({ locale });
      const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'intermediate' });
      const preference = mp.preferences.find((p) => p.idempotencyKey === orderId);
      return { orderId, items: preference?.body.items as Record<string, unknown>[] };
    };
    // Checkout Pro's item: id, title, quantity, unit_price, currency_id (shared/reference/mercadopago.md).
    const documented = ['currency_id', 'id', 'quantity', 'title', 'unit_price'];
    const spanish = await itemOf('Comprador Es', { 'accept-language': 'es-AR,es;q=0.9' });
    expect(spanish.items).toHaveLength(1);
    expect(Object.keys(spanish.items[0]!).sort()).toEqual(documented);
    expect(spanish.items[0]).toEqual({
      id: spanish.orderId,
      title: 'Voxly Intermedio: 10 créditos de entrevista',
      quantity: 1,
      unit_price: 79.9,
      currency_id: 'BRL',
    });
    const portuguese = await itemOf('Comprador Pt', { 'accept-language': 'pt-BR' });
    expect(portuguese.items[0]).toMatchObject({ title: 'Voxly Intermediário: 10 créditos de entrevista', currency_id: 'BRL' });
    // The language the buyer chose in the app wins over the browser's.
    const chosen = await itemOf('Buyer Chose', { 'accept-language': 'pt-BR' }, 'en');
    expect(chosen.items[0]).toMatchObject({ title: 'Voxly Intermediate: 10 interview credits' });
    const mexican = await itemOf('Comprador Mx', { 'accept-language': 'es-MX' }, 'es');
    expect(mexican.items[0]).toMatchObject({ title: 'Voxly Intermedio: 10 créditos de entrevista' });
  });

  it('trusts the fetched payment, not the notification body', async () => {
    const cookie = await signInLocally(server.url, 'Body Liar');
    const api = apiClient(server.url, { cookie });
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'professional' });
    mp.addPayment('5559999', { status: 'rejected', amount: 169.9, currency: 'BRL', externalReference: orderId });
    const lying = mercadoPagoNotification(server.url, secret, '5559999', {
      body: JSON.stringify({ type: 'payment', data: { id: '5559999', status: 'approved', transaction_amount: 169.9 } }),
    });
    expect(await (await sendNotification(lying)).json()).toEqual({ outcome: 'not-paid' });
    expect(await getBalance(server.database.db, 'local:body-liar')).toBe(0);
  });
});

describe('billing when the database is down', () => {
  it('answers 503 so Mercado Pago retries, and the retry credits once', async () => {
    const { server, database, cut, restore, stop } = await serverOnScratchPostgres();
    try {
      const secretFile = readFileSync(`${server.dataDir}/sandbox-webhook-secret`, 'utf8');
      const cookie = await signInLocally(server.url, 'Down Time');
      const api = apiClient(server.url, { cookie });
      const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
      await database.db
        .insert(schema.sandboxPayments)
        .values({ id: '4242', externalReference: orderId, status: 'approved', amount: 29.9, currency: 'BRL' });
      await cut();
      const during = await sendNotification(mercadoPagoNotification(server.url, secretFile, '4242'));
      expect(during.status).toBe(503);

      await restore();
      const retry = await sendNotification(mercadoPagoNotification(server.url, secretFile, '4242'));
      expect(retry.status).toBe(200);
      expect(await retry.json()).toEqual({ outcome: 'credited' });
      expect(await getBalance(database.db, 'local:down-time')).toBe(3);
    } finally {
      await stop();
    }
  });
});
