import { createHmac, randomInt, randomUUID } from 'node:crypto';
import { schema, type Database } from '@voxly/api';
import { formatPrice, type CheckoutCurrency } from '@voxly/config';
import { eq } from 'drizzle-orm';
import express, { type Router } from 'express';
import type { Logger } from '../logging/logger.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const outcomes = {
  approved: { status: 'approved', back: 'success' },
  pending: { status: 'pending', back: 'pending' },
  rejected: { status: 'rejected', back: 'failure' },
} as const;

/** Signs a notification exactly as Mercado Pago does (`x-signature: ts=…,v1=…`). */
export function signNotification(secret: string, dataId: string, requestId: string, ts: number): string {
  const manifest = `id:${dataId.toLowerCase()};request-id:${requestId};ts:${ts};`;
  return `ts=${ts},v1=${createHmac('sha256', secret).update(manifest).digest('hex')}`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>
body{font-family:system-ui,sans-serif;background:#f1f5f9;color:#111827;margin:0;padding:2rem 1rem}
main{max-width:28rem;margin:0 auto;background:#fff;border:1px solid #cbd5e1;border-radius:12px;padding:1.5rem}
.tag{display:inline-block;background:#fef3c7;color:#78350f;border-radius:999px;padding:.1rem .6rem;font-size:.8rem;font-weight:600}
.price{font-size:1.8rem;font-weight:800;margin:.25rem 0}
button{font:inherit;font-weight:600;width:100%;padding:.7rem;margin-top:.6rem;border-radius:8px;border:1px solid #4338ca;cursor:pointer}
.approve{background:#4338ca;color:#fff}.pending{background:#fff;color:#4338ca}.reject{background:#fff;color:#b91c1c;border-color:#b91c1c}
</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The sandbox checkout (local mode): a page that shows the order and lets the user
 * approve, leave pending or reject. It then plays Mercado Pago: records the payment on
 * its side, sends a signed notification to our own webhook route (so signature check,
 * payment lookup and crediting run as in production), and sends the browser back.
 */
export function sandboxCheckoutRoutes(options: {
  db: Database;
  secret: string;
  webOrigin: string;
  /** Where this server listens, to deliver the notification to itself. */
  selfUrl: () => string;
  logger: Logger;
}): Router {
  const routes = express.Router();
  const loadOpenOrder = async (orderId: string) => {
    if (!/^[0-9a-f-]{36}$/i.test(orderId)) return null;
    const [order] = await options.db.select().from(schema.orders).where(eq(schema.orders.id, orderId));
    return order && order.status === 'open' ? order : null;
  };

  routes.get('/sandbox/checkout/:orderId', async (req, res) => {
    const order = await loadOpenOrder(req.params.orderId);
    if (!order) {
      res.status(404).type('html').send(page('Order not found', '<h1>This order is not open</h1><p>It was paid, or it does not exist.</p>'));
      return;
    }
    const price = formatPrice({ price: order.amount, currency: order.currency as CheckoutCurrency }, req.acceptsLanguages()[0] ?? 'en');
    const action = `/sandbox/checkout/${order.id}/pay`;
    res.type('html').send(
      page(
        'Sandbox checkout',
        `<span class="tag">Sandbox: no real money</span>
<h1>Voxly checkout</h1>
<p>${escapeHtml(order.packageId[0]!.toUpperCase() + order.packageId.slice(1))} package: ${order.credits} interview credits</p>
<p class="price">${escapeHtml(price)}</p>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="approved"><button class="approve">Approve payment</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="pending"><button class="pending">Leave pending</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="rejected"><button class="reject">Reject payment</button></form>`,
      ),
    );
  });

  routes.post('/sandbox/checkout/:orderId/pay', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res) => {
    const outcome = outcomes[(req.body as { outcome?: string })?.outcome as keyof typeof outcomes];
    const order = await loadOpenOrder(req.params.orderId);
    if (!outcome || !order) {
      res.status(400).type('html').send(page('Checkout', '<h1>That checkout cannot be completed</h1>'));
      return;
    }
    const paymentId = String(randomInt(10_000_000, 2_000_000_000));
    await options.db.insert(schema.sandboxPayments).values({
      id: paymentId,
      externalReference: order.id,
      status: outcome.status,
      amount: order.amount,
      currency: order.currency,
    });
    const requestId = randomUUID();
    const ts = Math.floor(Date.now() / 1000);
    const notification = await fetch(`${options.selfUrl()}/webhook/mercadopago?data.id=${paymentId}&type=payment`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        'x-signature': signNotification(options.secret, paymentId, requestId, ts),
      },
      body: JSON.stringify({ action: 'payment.created', api_version: 'v1', type: 'payment', data: { id: paymentId }, live_mode: false }),
    });
    if (!notification.ok) options.logger.warn({ status: notification.status, paymentId }, 'sandbox notification was not accepted');
    res.redirect(303, `${options.webOrigin}/billing/${outcome.back}?order=${order.id}`);
  });
  return routes;
}
