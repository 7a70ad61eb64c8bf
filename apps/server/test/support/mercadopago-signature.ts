import { createHmac, randomUUID } from 'node:crypto';

/**
 * A Mercado Pago notification request as their servers send it: `data.id` and `type` in
 * the query, JSON body, `x-request-id`, and `x-signature: ts=<s>,v1=<HMAC-SHA256 of
 * "id:<data.id>;request-id:<x-request-id>;ts:<ts>;">`. Built here from the documented
 * recipe, independently of the server's code.
 */
export function mercadoPagoNotification(
  baseUrl: string,
  secret: string,
  paymentId: string,
  options: { ts?: number; type?: string; body?: string; path?: string } = {},
) {
  const requestId = randomUUID();
  const ts = options.ts ?? Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`id:${paymentId};request-id:${requestId};ts:${ts};`).digest('hex');
  const type = options.type ?? 'payment';
  return {
    url: `${baseUrl}${options.path ?? '/webhook/mercadopago'}?data.id=${paymentId}&type=${type}`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, 'x-signature': `ts=${ts},v1=${v1}` },
      body:
        options.body ??
        JSON.stringify({ action: 'payment.updated', api_version: 'v1', type, data: { id: paymentId }, live_mode: false, id: 1 }),
    } satisfies RequestInit,
  };
}

export async function sendNotification(notification: ReturnType<typeof mercadoPagoNotification>) {
  return fetch(notification.url, notification.init);
}
