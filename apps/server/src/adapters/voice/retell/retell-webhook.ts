import type { Database } from '@voxly/api/db';
import { applyCallEnded, type CallLatency } from '@voxly/api/interview';
import express, { type Router } from 'express';
import { verify } from 'retell-sdk';
import type { Logger } from '../../../logging/logger.ts';
import { parseLooseJson } from './loose-json.ts';
import { callEndedFromRetell, retellCallEventSchema } from './retell-call-event.ts';

/**
 * POST /webhook/retell: Retell's call events, signed in `x-retell-signature` over the
 * exact raw body (checked with retell-sdk's `verify`). Bad or missing signatures get 401
 * and change nothing; events we do not use are acknowledged.
 */
export interface RetellWebhookOptions {
  apiKey: string;
  db: Database;
  logger: Logger;
  /** Retell's record of a call (`call.retrieve`), for an event whose body cannot be read. */
  readCall?: (callId: string) => Promise<unknown>;
  /** Each notification's outcome, and Retell's latency figures for a call (metrics). */
  observe?: { outcome(outcome: string): void; latency(latency: CallLatency): void };
}

/** The events whose loss would lose a call's ending and transcript. */
const callEndingEvent = /"event"\s*:\s*"(call_ended|call_analyzed)"/;
const callIdIn = /"call_id"\s*:\s*"([A-Za-z0-9_-]{1,200})"/;

/**
 * The event a signed body carries. Retell's JSON is known to be loose (a bare `NaN` in a
 * latency block): such tokens are read as null. A body still unreadable that names an ending
 * call is replaced by Retell's own record of that call, so the ending is never lost to one
 * bad number; anything else is `undefined`.
 */
async function readCallEvent(body: string, readCall: RetellWebhookOptions['readCall']): Promise<unknown> {
  try {
    return parseLooseJson(body);
  } catch {
    const event = callEndingEvent.exec(body)?.[1];
    const callId = callIdIn.exec(body)?.[1];
    if (!event || !callId || !readCall) return undefined;
    return { event, call: await readCall(callId) };
  }
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
    // Only now that the exact raw body is verified may it be read tolerantly.
    const json = await readCallEvent(body, options.readCall);
    if (json === undefined) {
      options.logger.warn({}, 'Retell webhook body is not JSON and names no call to read back');
      options.observe?.outcome('invalid');
      res.status(400).json({ error: 'Body is not valid JSON.' });
      return;
    }
    const event = retellCallEventSchema.safeParse(json);
    if (!event.success) {
      options.observe?.outcome('invalid');
      res.status(400).json({ error: 'Not a Retell call event.' });
      return;
    }
    const ended = callEndedFromRetell(event.data);
    const outcome = ended ? await applyCallEnded(options.db, ended, new Date()) : 'ignored';
    options.logger.info({ event: event.data.event, callId: event.data.call.call_id, outcome }, 'Retell call event');
    options.observe?.outcome(outcome);
    if (outcome === 'stored' && event.data.call.latency) options.observe?.latency(event.data.call.latency);
    res.status(204).end();
  });
  return routes;
}
