import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';

/**
 * Mercado Pago's REST API faked at the transport: the SDK calls global fetch with a fixed
 * base URL, so undici's MockAgent answers for api.mercadopago.com in its real JSON, and
 * keeps preferences and payments in memory. Calls to our own server pass through. A payment
 * added for an account (its access token) is found only with that token: Mercado Pago
 * answers "Payment not found" (404) for another account's payment.
 */
export class FakeMercadoPago {
  readonly agent = new MockAgent();
  readonly preferences: { body: Record<string, unknown>; idempotencyKey: string | undefined; auth: string | undefined }[] = [];
  readonly payments = new Map<string, Record<string, unknown>>();
  /** The access token of the account each payment belongs to (none: any account finds it). */
  private readonly owners = new Map<string, string>();
  private previous: Dispatcher = getGlobalDispatcher();

  install() {
    this.agent.enableNetConnect(/127\.0\.0\.1|localhost/);
    const api = this.agent.get('https://api.mercadopago.com');
    api
      .intercept({ path: /^\/checkout\/preferences\/?$/, method: 'POST' })
      .reply((request) => {
        const headers = Object.fromEntries(Object.entries(request.headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
        const body = JSON.parse(String(request.body)) as Record<string, unknown>;
        this.preferences.push({ body, idempotencyKey: headers['x-idempotency-key'], auth: headers.authorization });
        const id = `123456-pref-${this.preferences.length}`;
        return {
          statusCode: 201,
          data: {
            id,
            init_point: `https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=${id}`,
            sandbox_init_point: `https://sandbox.mercadopago.com.br/checkout/v1/redirect?pref_id=${id}`,
            ...body,
          },
          responseOptions: { headers: { 'content-type': 'application/json' } },
        };
      })
      .persist();
    api
      .intercept({ path: /^\/v1\/payments\/[^/?]+\/?$/, method: 'GET' })
      .reply((request) => {
        const id = String(request.path).replace(/\/$/, '').split('/').pop()!;
        const authorization = Object.entries(request.headers as Record<string, string>).find(
          ([k]) => k.toLowerCase() === 'authorization',
        )?.[1];
        const owner = this.owners.get(id);
        const payment = owner === undefined || authorization === `Bearer ${owner}` ? this.payments.get(id) : undefined;
        return payment
          ? { statusCode: 200, data: payment, responseOptions: { headers: { 'content-type': 'application/json' } } }
          : {
              statusCode: 404,
              data: { message: 'Payment not found', error: 'not_found', status: 404, cause: [] },
              responseOptions: { headers: { 'content-type': 'application/json' } },
            };
      })
      .persist();
    setGlobalDispatcher(this.agent);
  }

  uninstall() {
    setGlobalDispatcher(this.previous);
  }

  addPayment(
    id: string,
    fields: { status: string; amount: number; currency: string; externalReference: string },
    account?: { accessToken: string },
  ) {
    if (account) this.owners.set(id, account.accessToken);
    this.payments.set(id, {
      id: Number(id),
      status: fields.status,
      status_detail: fields.status === 'approved' ? 'accredited' : 'pending_contingency',
      transaction_amount: fields.amount,
      currency_id: fields.currency,
      external_reference: fields.externalReference,
      date_approved: fields.status === 'approved' ? new Date().toISOString() : null,
      payer: { email: 'buyer@example.com' },
    });
  }
}
