import { randomInt } from 'node:crypto';
import { schema, type Database } from '@voxly/api/db';
import { formatPrice, isLanguage } from '@voxly/config';
import { and, eq } from 'drizzle-orm';
import express, { type Request, type Router } from 'express';
import { isSameSite } from '../../../http/same-site.ts';
import type { Logger } from '../../../logging/logger.ts';
import { enqueueSandboxNotification, type SandboxOutbox } from './sandbox-outbox.ts';
import { sandboxLanguageOf, sandboxPageText, type SandboxLanguage } from './sandbox-page-text.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// A Map, so a form field such as `__proto__` or `constructor` is no outcome (an object's keys would be).
const outcomes = new Map<string, { status: 'approved' | 'pending' | 'rejected'; back: 'success' | 'pending' | 'failure' }>([
  ['approved', { status: 'approved', back: 'success' }],
  ['pending', { status: 'pending', back: 'pending' }],
  ['rejected', { status: 'rejected', back: 'failure' }],
]);

/**
 * The buyer's locale for formatting money, from Accept-Language. Browsers send well-formed
 * tags, but `*`, `en_US` or nothing at all are common from other clients: anything Intl
 * cannot use falls through to English.
 */
function buyerLocale(req: Request): string {
  for (const tag of req.acceptsLanguages()) {
    if (tag === '*') continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag.replace(/_/g, '-'));
      if (canonical) return canonical;
    } catch {
      // not a language tag: try the next one
    }
  }
  return 'en';
}

/**
 * The page's language and money locale: the language the buyer chose in the app, carried in
 * the checkout URL the server made (`?lang=es`), else the browser's. The browser's own locale
 * still formats the money when it is in that language (es-AR writes pesos its own way); any
 * other `lang` (hand-edited, repeated, unknown) counts for nothing.
 */
function pageLanguage(req: Request): { language: SandboxLanguage; locale: string; lang: string } {
  const browser = buyerLocale(req);
  const asked = req.query.lang;
  if (typeof asked === 'string' && isLanguage(asked)) {
    return { language: asked, locale: sandboxLanguageOf(browser) === asked ? browser : asked, lang: `?lang=${asked}` };
  }
  return { language: sandboxLanguageOf(browser), locale: browser, lang: '' };
}

/** A page of ours on the web app's origin: it names the app's icon, so the browser asks for no /favicon.ico. */
function page(language: SandboxLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>${escapeHtml(title)}</title><style>
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
 * its side and, in the same transaction, the notification it owes our webhook (the
 * outbox), delivers it signed through the real webhook route, and sends the browser back.
 * A notification the webhook refuses (429, 503, down) is retried until it lands.
 */
export function sandboxCheckoutRoutes(options: { db: Database; outbox: SandboxOutbox; webOrigin: string; logger: Logger }): Router {
  const routes = express.Router();
  const loadOrder = async (orderId: string) => {
    if (!/^[0-9a-f-]{36}$/i.test(orderId)) return null;
    const [order] = await options.db.select().from(schema.orders).where(eq(schema.orders.id, orderId));
    return order ?? null;
  };
  const loadOpenOrder = async (orderId: string) => {
    const order = await loadOrder(orderId);
    return order && order.status === 'open' ? order : null;
  };

  routes.get('/sandbox/checkout/:orderId', async (req, res) => {
    const { language, locale, lang } = pageLanguage(req);
    const text = sandboxPageText[language];
    const order = await loadOpenOrder(req.params.orderId);
    if (!order) {
      res
        .status(404)
        .type('html')
        .send(page(language, text.notOpenTitle, `<h1>${text.notOpen}</h1><p>${text.notOpenText}</p>`));
      return;
    }
    // Money in the buyer's own format (R$ 29,90; US$ 5.90), the words in their language.
    const price = formatPrice({ price: order.amount, currency: order.currency }, locale);
    const action = `/sandbox/checkout/${order.id}/pay${lang}`;
    const packageName = text.packageNames[order.packageId as keyof typeof text.packageNames] ?? order.packageId;
    res.type('html').send(
      page(
        language,
        text.title,
        `<span class="tag">${text.tag}</span>
<h1>${text.heading}</h1>
<p>${escapeHtml(text.package(packageName, order.credits))}</p>
<p class="price">${escapeHtml(price)}</p>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="approved"><button class="approve">${text.approve}</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="pending"><button class="pending">${text.pending}</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="rejected"><button class="reject">${text.reject}</button></form>`,
      ),
    );
  });

  routes.post('/sandbox/checkout/:orderId/pay', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res) => {
    // A form on another site must not approve (or reject) someone's order.
    const { language } = pageLanguage(req);
    if (!isSameSite(req, options.webOrigin)) {
      res
        .status(403)
        .type('html')
        .send(page(language, sandboxPageText[language].title, `<h1>${sandboxPageText[language].crossSite}</h1>`));
      return;
    }
    const outcome = outcomes.get(String((req.body as { outcome?: unknown } | undefined)?.outcome));
    const order = await loadOrder(req.params.orderId);
    // "Approve" pressed again after an earlier press paid the order: the buyer goes where that press went, charged once.
    if (outcome?.status === 'approved' && order?.status === 'paid') {
      res.redirect(303, `${options.webOrigin}/billing/${outcome.back}?order=${order.id}`);
      return;
    }
    if (!outcome || !order || order.status !== 'open') {
      res
        .status(400)
        .type('html')
        .send(page(language, sandboxPageText[language].title, `<h1>${sandboxPageText[language].cannotComplete}</h1>`));
      return;
    }
    const paymentId = String(randomInt(10_000_000, 2_000_000_000));
    // The payment and the notification it owes, together: neither exists without the other.
    // The order's row lock queues concurrent presses of "Approve": the first pays, the rest
    // find it paid (as a real checkout page would not take the money twice).
    const recorded = await options.db.transaction(async (tx) => {
      await tx.select({ id: schema.orders.id }).from(schema.orders).where(eq(schema.orders.id, order.id)).for('update');
      const [approved] = await tx
        .select({ id: schema.sandboxPayments.id })
        .from(schema.sandboxPayments)
        .where(and(eq(schema.sandboxPayments.externalReference, order.id), eq(schema.sandboxPayments.status, 'approved')));
      if (approved) return false;
      await tx
        .insert(schema.sandboxPayments)
        .values({ id: paymentId, externalReference: order.id, status: outcome.status, amount: order.amount, currency: order.currency });
      await enqueueSandboxNotification(tx, paymentId);
      return true;
    });
    // Delivered now when the webhook can take it (the usual case), or later by the retry job.
    if (recorded) await options.outbox.deliver(paymentId);
    res.redirect(303, `${options.webOrigin}/billing/${outcome.back}?order=${order.id}`);
  });
  return routes;
}
