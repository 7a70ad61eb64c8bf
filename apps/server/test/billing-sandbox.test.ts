import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { formatPrice } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mercadoPagoNotification, sendNotification } from './support/mercadopago-signature.ts';
import { apiClient, signInLocally, startTestServer, trpcErrorCode, type TestServer } from './support/test-server.ts';

describe.each(testDatabaseTargets)('billing with the sandbox checkout, $name', (target) => {
  let server: TestServer;
  let secret: string;
  let n = 0;

  beforeAll(async () => {
    server = await startTestServer(target);
    secret = readFileSync(join(server.dataDir, 'sandbox-webhook-secret'), 'utf8');
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function buyer() {
    n += 1;
    const cookie = await signInLocally(server.url, `Buyer ${n}`);
    return { api: apiClient(server.url, { cookie }), userId: `local:buyer-${n}`, cookie };
  }

  /** The sandbox's side: a payment it "processed" for an order, as the real provider would hold it. */
  async function providerPayment(orderId: string, status: string, overrides: { amount?: number; currency?: string } = {}) {
    const [order] = await server.database.db.select().from(schema.orders).where(eq(schema.orders.id, orderId));
    const id = String(900_000_000 + Math.floor(Math.random() * 99_999_999));
    await server.database.db.insert(schema.sandboxPayments).values({
      id,
      externalReference: orderId,
      status,
      amount: overrides.amount ?? order!.amount,
      currency: overrides.currency ?? order!.currency,
    });
    return id;
  }

  const setProviderStatus = (id: string, status: string) =>
    server.database.db.update(schema.sandboxPayments).set({ status }).where(eq(schema.sandboxPayments.id, id));

  it('buys a package through the sandbox page: signed webhook first, then the redirect, credited once', async () => {
    const { api, userId } = await buyer();
    const { orderId, checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    expect(checkoutUrl).toBe(`http://localhost:3000/sandbox/checkout/${orderId}`);

    const pagePath = new URL(checkoutUrl).pathname;
    const page = await fetch(`${server.url}${pagePath}`, { headers: { 'accept-language': 'pt-BR' } });
    const html = await page.text();
    // The buyer's language and money format (the browser said pt-BR).
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('Pacote Inicial: 3 créditos de entrevista'); // the package named in the buyer's language
    expect(html).toContain('Aprovar o pagamento');
    expect(html).toContain('R$\u00a029,90');
    // It names the app's icon: the browser asks for no /favicon.ico (which the API does not serve).
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');

    const pay = await fetch(`${server.url}${pagePath}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=approved',
      redirect: 'manual',
    });
    expect(pay.status).toBe(303);
    expect(pay.headers.get('location')).toBe(`http://localhost:3000/billing/success?order=${orderId}`);
    // By the time the browser is sent back, the webhook has landed.
    expect(await getBalance(server.database.db, userId)).toBe(3);
    expect(await api.billing.order.query({ orderId })).toMatchObject({ status: 'paid', credits: 3 });
    const [entry] = await api.billing.history.query();
    expect(entry).toMatchObject({ delta: 3, reason: 'purchase' });
    // The log says no money moved: a sandbox purchase is not read as a Mercado Pago payment.
    expect(server.logs.join('')).toContain('sandbox payment notification (no money moved)');
    expect(server.logs.join('')).not.toContain('Mercado Pago payment notification');
    // The order is closed: the page will not take a second payment.
    expect((await fetch(`${server.url}${pagePath}`)).status).toBe(404);
  });

  it("words the checkout in the language chosen in the app, not the browser's; the price and currency stay the order's", async () => {
    const { cookie } = await buyer();
    const api = apiClient(server.url, { cookie, 'accept-language': 'en-US,en;q=0.9' });
    const expected = {
      es: { heading: 'Pago en Voxly', approve: 'Aprobar el pago', pack: 'Paquete Inicial: 3 créditos de entrevista' },
      'pt-BR': { heading: 'Pagamento na Voxly', approve: 'Aprovar o pagamento', pack: 'Pacote Inicial: 3 créditos de entrevista' },
    } as const;
    for (const language of ['es', 'pt-BR'] as const) {
      const { orderId, checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter', language });
      // The URL the server made names the language and nothing money-related.
      expect(checkoutUrl).not.toMatch(/price|amount|currency|credits/i);
      const url = new URL(checkoutUrl);
      const html = await (await fetch(`${server.url}${url.pathname}${url.search}`, { headers: { 'accept-language': 'en-US' } })).text();
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(expected[language].heading);
      expect(html).toContain(expected[language].approve);
      expect(html).toContain(expected[language].pack);
      // Money in the chosen language's format, of the order the server stored.
      const [order] = await server.database.db.select().from(schema.orders).where(eq(schema.orders.id, orderId));
      expect(html).toContain(formatPrice({ price: order!.amount, currency: order!.currency }, language));
      // The form posts on in the same language.
      expect(html).toContain(`action="${url.pathname}/pay?lang=${language}"`);
    }
    // A language the app does not speak is refused before anything is stored.
    expect(await trpcErrorCode(api.billing.createCheckout.mutate({ packageId: 'starter', language: 'de' as 'es' }))).toBe('BAD_REQUEST');
    // A hand-edited language in the URL is no language: Accept-Language decides, as before.
    const { checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    const path = new URL(checkoutUrl).pathname;
    for (const lang of ['xx', '%3Cb%3E', 'pt-BR&lang=es'])
      expect(await (await fetch(`${server.url}${path}?lang=${lang}`, { headers: { 'accept-language': 'pt-BR' } })).text()).toContain(
        'Aprovar o pagamento',
      );
  });

  it('credits once when the same notification arrives 20 times at once', async () => {
    const { api, userId } = await buyer();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'intermediate' });
    const paymentId = await providerPayment(orderId, 'approved');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => sendNotification(mercadoPagoNotification(server.url, secret, paymentId))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const outcomes = await Promise.all(responses.map((r) => r.json() as Promise<{ outcome: string }>));
    expect(outcomes.filter((o) => o.outcome === 'credited')).toHaveLength(1);
    expect(await getBalance(server.database.db, userId)).toBe(10);
  });

  it('refuses bad, missing, stale and wrong-id signatures with 401 and changes nothing', async () => {
    const { api, userId } = await buyer();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    const paymentId = await providerPayment(orderId, 'approved');
    const good = mercadoPagoNotification(server.url, secret, paymentId);
    const variants: RequestInit[] = [
      { ...good.init, headers: { ...good.init.headers, 'x-signature': 'ts=1,v1=00' } },
      { ...good.init, headers: { 'content-type': 'application/json', 'x-request-id': 'r' } },
      mercadoPagoNotification(server.url, 'not-the-secret', paymentId).init,
      mercadoPagoNotification(server.url, secret, paymentId, { ts: Math.floor(Date.now() / 1000) - 3_600 }).init,
    ];
    for (const init of variants) expect((await fetch(good.url, init)).status).toBe(401);
    // A valid signature for one payment id does not carry over to another.
    const other = await providerPayment(orderId, 'approved');
    expect((await fetch(good.url.replace(paymentId, other), good.init)).status).toBe(401);
    expect(await getBalance(server.database.db, userId)).toBe(0);
  });

  it('does not credit a payment whose amount or currency differs from the catalog', async () => {
    const { api, userId } = await buyer();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'professional' });
    for (const overrides of [{ amount: 1 }, { currency: 'ARS' }]) {
      const paymentId = await providerPayment(orderId, 'approved', overrides);
      const response = await sendNotification(mercadoPagoNotification(server.url, secret, paymentId));
      expect(await response.json()).toEqual({ outcome: 'amount-mismatch' });
    }
    expect(await getBalance(server.database.db, userId)).toBe(0);
    expect(server.logs.join('')).toContain('"outcome":"amount-mismatch"');
  });

  it('does not credit an unknown external reference or an unknown payment', async () => {
    const { userId } = await buyer();
    const id = String(Date.now());
    await server.database.db
      .insert(schema.sandboxPayments)
      .values({ id, externalReference: crypto.randomUUID(), status: 'approved', amount: 29.9, currency: 'BRL' });
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, id))).json()).toEqual({ outcome: 'unknown-order' });
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, '123'))).json()).toEqual({
      outcome: 'unknown-payment',
    });
    expect(await getBalance(server.database.db, userId)).toBe(0);
  });

  it('waits on pending and credits once when the same payment is approved', async () => {
    const { api, userId } = await buyer();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    const paymentId = await providerPayment(orderId, 'pending');
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, paymentId))).json()).toEqual({ outcome: 'waiting' });
    expect(await api.billing.order.query({ orderId })).toMatchObject({ status: 'open' });
    await setProviderStatus(paymentId, 'approved');
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, paymentId))).json()).toEqual({ outcome: 'credited' });
    expect(await (await sendNotification(mercadoPagoNotification(server.url, secret, paymentId))).json()).toEqual({
      outcome: 'already-credited',
    });
    expect(await getBalance(server.database.db, userId)).toBe(3);
  });

  it('takes the credits back on a refund, and records as debt what was already spent', async () => {
    const { api, userId } = await buyer();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    const paymentId = await providerPayment(orderId, 'approved');
    await sendNotification(mercadoPagoNotification(server.url, secret, paymentId));
    expect(await getBalance(server.database.db, userId)).toBe(3);

    await server.database.db
      .insert(schema.creditLedger)
      .values({ userId, delta: -2, reason: 'interview', interviewId: crypto.randomUUID() });
    await setProviderStatus(paymentId, 'refunded');
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, async () => (await sendNotification(mercadoPagoNotification(server.url, secret, paymentId))).json()),
    );
    expect(outcomes.filter((o) => (o as { outcome: string }).outcome === 'reversed')).toHaveLength(1);
    expect(await getBalance(server.database.db, userId)).toBe(0);
    const [payment] = await server.database.db.select().from(schema.payments).where(eq(schema.payments.id, paymentId));
    expect(payment).toMatchObject({ status: 'refunded', unrecoveredCredits: 2 });
    expect(await api.billing.order.query({ orderId })).toMatchObject({ status: 'reversed' });
  });

  it('acknowledges other topics, refuses non-JSON and oversize bodies', async () => {
    const merchantOrder = mercadoPagoNotification(server.url, secret, '777', { type: 'merchant_order' });
    expect(await (await sendNotification(merchantOrder)).json()).toEqual({ ignored: true });
    const notJson = mercadoPagoNotification(server.url, secret, '778', { body: 'not json' });
    expect((await sendNotification(notJson)).status).toBe(400);
    const huge = mercadoPagoNotification(server.url, secret, '779', { body: JSON.stringify({ pad: 'x'.repeat(100_000) }) });
    expect((await sendNotification(huge)).status).toBe(413);
  });

  it('takes the price from the catalog only: a client-sent price is refused', async () => {
    const { api } = await buyer();
    const input = { packageId: 'starter', price: 0.01 } as unknown as { packageId: 'starter' };
    expect(await trpcErrorCode(api.billing.createCheckout.mutate(input))).toBe('BAD_REQUEST');
    expect(await trpcErrorCode(api.billing.createCheckout.mutate({ packageId: 'platinum' as 'starter' }))).toBe('BAD_REQUEST');
    const other = await buyer();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    expect(await trpcErrorCode(other.api.billing.order.query({ orderId }))).toBe('NOT_FOUND');
  });
});
