import { createHmac, randomUUID } from 'node:crypto';
import { schema, type Database, type Executor } from '@voxly/api/db';
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Logger } from '../../../logging/logger.ts';
import { mercadoPagoWebhookPath } from '../mercadopago/mercadopago-webhook.ts';

/** Signs a notification exactly as Mercado Pago does (`x-signature: ts=…,v1=…`). */
function signNotification(secret: string, dataId: string, requestId: string, ts: number): string {
  const manifest = `id:${dataId.toLowerCase()};request-id:${requestId};ts:${ts};`;
  return `ts=${ts},v1=${createHmac('sha256', secret).update(manifest).digest('hex')}`;
}

/**
 * The header that marks the sandbox's own deliveries, so they do not spend the public
 * per-IP webhook budget. Its value derives from the sandbox secret: it cannot be guessed
 * from outside, and the signature is still checked like any other notification's.
 */
export const sandboxDeliveryHeader = 'x-voxly-sandbox-delivery';
export const sandboxDeliveryToken = (secret: string) => createHmac('sha256', secret).update('sandbox-delivery').digest('hex');

/** Records, in the caller's transaction, a notification the sandbox owes our webhook. */
export async function enqueueSandboxNotification(tx: Executor, paymentId: string): Promise<void> {
  await tx.insert(schema.sandboxNotifications).values({ paymentId }).onConflictDoNothing();
}

export interface SandboxOutbox {
  /** Delivers one notification now; true when the webhook took it (2xx). */
  deliver(paymentId: string): Promise<boolean>;
  /** Delivers everything due (a lease per row, so instances do not collide); how many landed. */
  deliverDue(): Promise<number>;
}

/**
 * The sandbox plays Mercado Pago, whose notifications are retried until answered 2xx: each
 * one is kept in `sandbox_notifications` until the webhook accepts it, retried with
 * backoff, and survives restarts. Delivery goes through the real webhook route, signed.
 */
export function createSandboxOutbox(options: { db: Database; secret: string; selfUrl: () => string; logger: Logger }): SandboxOutbox {
  const { db, secret, logger } = options;
  const token = sandboxDeliveryToken(secret);
  const table = schema.sandboxNotifications;

  async function post(paymentId: string): Promise<number> {
    const requestId = randomUUID();
    const ts = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(`${options.selfUrl()}${mercadoPagoWebhookPath}?data.id=${paymentId}&type=payment`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          'x-signature': signNotification(secret, paymentId, requestId, ts),
          [sandboxDeliveryHeader]: token,
        },
        body: JSON.stringify({ action: 'payment.updated', api_version: 'v1', type: 'payment', data: { id: paymentId }, live_mode: false }),
        signal: AbortSignal.timeout(10_000),
      });
      await response.body?.cancel();
      return response.status;
    } catch {
      return 0; // not reachable (starting, stopping): retried like a 5xx
    }
  }

  async function deliver(paymentId: string): Promise<boolean> {
    const status = await post(paymentId);
    const ok = status >= 200 && status < 300;
    await db
      .update(table)
      .set(
        ok
          ? { deliveredAt: sql`now()`, lastStatus: status, attempts: sql`${table.attempts} + 1` }
          : {
              lastStatus: status,
              attempts: sql`${table.attempts} + 1`,
              // Mercado Pago retries with growing gaps; so does the sandbox: 1 s, 2 s, 4 s … at most 5 minutes.
              nextAttemptAt: sql`now() + least(power(2, ${table.attempts}), 300) * interval '1 second'`,
            },
      )
      .where(and(eq(table.paymentId, paymentId), isNull(table.deliveredAt)));
    if (!ok) logger.warn({ status, paymentId }, 'sandbox notification not accepted; it will be retried');
    return ok;
  }

  return {
    deliver,
    async deliverDue() {
      // Take a short lease on what is due, so another instance's sweep skips it meanwhile.
      const due = await db
        .update(table)
        .set({ nextAttemptAt: sql`now() + interval '30 seconds'` })
        .where(
          sql`${table.paymentId} in (select ${table.paymentId} from ${table} where ${isNull(table.deliveredAt)} and ${lte(table.nextAttemptAt, sql`now()`)} order by ${table.nextAttemptAt} limit 20 for update skip locked)`,
        )
        .returning({ paymentId: table.paymentId });
      let delivered = 0;
      for (const { paymentId } of due) if (await deliver(paymentId)) delivered += 1;
      return delivered;
    },
  };
}
