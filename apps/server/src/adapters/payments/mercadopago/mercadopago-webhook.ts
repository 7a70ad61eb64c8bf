import { applyPaymentNotification, type PaymentsPort } from '@voxly/api/billing';
import type { Database } from '@voxly/api/db';
import express, { type Router } from 'express';
import { InvalidWebhookSignatureError, WebhookSignatureValidator } from 'mercadopago';
import type { Logger } from '../../../logging/logger.ts';

/** Notifications older or newer than this (by their signed timestamp) are replays: refused. */
const signatureToleranceSeconds = 300;

const firstValue = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;

/** Outcomes someone should look at: money that does not fit an order. */
const warnOutcomes = new Set(['amount-mismatch', 'unknown-order', 'order-already-paid', 'wrong-market']);

/** Mercado Pago's docs: the manifest uses data.id lower-cased when it is alphanumeric. */
const manifestId = (id: string) => (/^[a-z0-9]+$/i.test(id) ? id.toLowerCase() : id);

/**
 * POST /webhook/mercadopago (also what the sandbox checkout calls in local mode), and with
 * one Mercado Pago account per market, POST /webhook/mercadopago/<MARKET> per account.
 * Order of checks: body size (413) → `x-signature` with the SDK's validator and a replay
 * window (401) → JSON (400) → topic (others acknowledged) → the payment, fetched from the
 * provider and applied once. 5xx only when we want a retry (our database or the provider
 * failed).
 */
export interface MercadoPagoWebhookOptions {
  /** The account's webhook secret: only what it signed is read. */
  secret: string;
  /** Where the account's notifications arrive (default: the bare path). */
  path?: string;
  /** The one market the account settles: its payments in any other currency are refused. */
  market?: string;
  db: Database;
  payments: PaymentsPort;
  logger: Logger;
  /** The sandbox checkout's notifications: no money moved, and the log says so. */
  sandbox?: boolean;
  /** Each notification's outcome (metrics). */
  onOutcome?(outcome: string): void;
}

/** Where Mercado Pago (and the sandbox, which plays it) posts payment notifications. */
export const mercadoPagoWebhookPath = '/webhook/mercadopago';

/**
 * A market's own account's path. The path is ours, not a claim we trust: the account it
 * names is the one whose secret must have signed the notification, and whose token fetches the payment.
 */
export const mercadoPagoMarketWebhookPath = (market: string) => `${mercadoPagoWebhookPath}/${market}`;

export function mercadoPagoWebhookRoutes(options: MercadoPagoWebhookOptions): Router {
  const routes = express.Router();
  routes.post(options.path ?? mercadoPagoWebhookPath, express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const dataId = firstValue(req.query['data.id']);
    try {
      WebhookSignatureValidator.validate({
        xSignature: req.header('x-signature'),
        xRequestId: req.header('x-request-id'),
        dataId: dataId ? manifestId(dataId) : undefined,
        secret: options.secret,
        toleranceSeconds: signatureToleranceSeconds,
      });
    } catch (error) {
      if (!(error instanceof InvalidWebhookSignatureError)) throw error;
      options.logger.warn(
        { reason: error.reason, requestId: error.requestId, market: options.market },
        'Mercado Pago notification refused',
      );
      options.onOutcome?.('bad-signature');
      res.status(401).json({ error: 'Invalid signature.' });
      return;
    }
    let body: { type?: unknown; data?: { id?: unknown } };
    try {
      body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '') as typeof body;
    } catch {
      res.status(400).json({ error: 'Body is not valid JSON.' });
      return;
    }
    const topic = firstValue(req.query.type) ?? firstValue(req.query.topic) ?? (typeof body.type === 'string' ? body.type : undefined);
    if (topic !== 'payment' || !dataId || !/^[A-Za-z0-9_-]{1,64}$/.test(dataId)) {
      options.onOutcome?.('ignored');
      res.status(200).json({ ignored: true });
      return;
    }
    try {
      const { outcome, payment } = await applyPaymentNotification(
        options.db,
        options.payments,
        dataId,
        options.market ? { market: options.market } : {},
      );
      // A second payment for a paid order is money taken without credits: support refunds it in Mercado Pago.
      const level = warnOutcomes.has(outcome) ? 'warn' : 'info';
      options.logger[level](
        {
          paymentId: dataId,
          outcome,
          market: options.market,
          status: payment?.status,
          amount: payment?.amount,
          currency: payment?.currency,
        },
        options.sandbox ? 'sandbox payment notification (no money moved)' : 'Mercado Pago payment notification',
      );
      options.onOutcome?.(outcome);
      res.status(200).json({ outcome });
    } catch (error) {
      options.logger.error({ err: error, paymentId: dataId }, 'Mercado Pago notification failed; asking for a retry');
      options.onOutcome?.('retry');
      res.status(503).json({ error: 'Temporarily unavailable; please retry.' });
    }
  });
  return routes;
}
