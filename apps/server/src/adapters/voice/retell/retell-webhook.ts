import type { Database } from '@voxly/api/db';
import { applyRetellCallEvent, retellCallEventSchema, type RetellLatency } from '@voxly/api/interview';
import express, { type Router } from 'express';
import { verify } from 'retell-sdk';
import type { Logger } from '../../../logging/logger.ts';

/**
 * POST /webhook/retell: Retell's call events, signed in `x-retell-signature` over the
 * exact raw body (checked with retell-sdk's `verify`). Bad or missing signatures get 401
 * and change nothing; events we do not use are acknowledged.
 */
export interface RetellWebhookOptions {
  apiKey: string;
  db: Database;
  logger: Logger;
  /** Each notification's outcome, and Retell's latency figures for a call (metrics). */
  observe?: { outcome(outcome: string): void; latency(latency: RetellLatency): void };
}

export function retellWebhookRoutes(options: RetellWebhookOptions): Router {
  const routes = express.Router();
  routes.post('/webhook/retell', express.raw({ type: () => true, limit: '2mb' }), async (req, res) => {
    const signature = req.header('x-retell-signature');
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    if (!signature || !(await verify(body, options.apiKey, signature))) {
      options.logger.warn({}, 'Retell webhook with a bad signature refused');
      options.observe?.outcome('bad-signature');
      res.status(401).json({ error: 'Invalid signature.' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      res.status(400).json({ error: 'Body is not valid JSON.' });
      return;
    }
    const event = retellCallEventSchema.safeParse(json);
    if (!event.success) {
      options.observe?.outcome('invalid');
      res.status(400).json({ error: 'Not a Retell call event.' });
      return;
    }
    const outcome = await applyRetellCallEvent(options.db, event.data, new Date());
    options.logger.info({ event: event.data.event, callId: event.data.call.call_id, outcome }, 'Retell call event');
    options.observe?.outcome(outcome);
    if (outcome === 'stored' && event.data.call.latency) options.observe?.latency(event.data.call.latency);
    res.status(204).end();
  });
  return routes;
}
