import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { creditLedger, orders, payments, users } from '../../db/schema.ts';
import type { PaymentsPort, ProviderPayment } from '../../ports/payments-port.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';

export type PaymentOutcome =
  | 'credited'
  | 'already-credited'
  | 'waiting'
  | 'not-paid'
  | 'reversed'
  | 'already-reversed'
  | 'unknown-payment'
  | 'unknown-order'
  | 'amount-mismatch';

const approved = new Set(['approved']);
const reversedStatuses = new Set(['refunded', 'charged_back']);
const waiting = new Set(['pending', 'authorized', 'in_process', 'in_mediation']);

/** The amount is the catalog price of the order, to the cent, in the order's currency. */
function matchesOrder(payment: ProviderPayment, order: { amount: number; currency: string }): boolean {
  return payment.currency === order.currency && Math.round(payment.amount * 100) === Math.round(order.amount * 100);
}

/**
 * A payment notification, acted on: the payment is fetched from the provider (the
 * notification body is only a hint), checked against our open order (reference, amount,
 * currency), recorded, and credited exactly once in one transaction. A refund or
 * charge-back takes the credits back, as far as the balance allows; the rest is recorded
 * as debt on the payment. Replays and duplicates change nothing.
 */
export async function applyPaymentNotification(
  db: Database,
  provider: PaymentsPort,
  paymentId: string,
): Promise<{ outcome: PaymentOutcome; payment?: ProviderPayment }> {
  const payment = await provider.getPayment(paymentId);
  if (!payment) return { outcome: 'unknown-payment' };
  const orderId = payment.externalReference;
  const [order] = orderId && /^[0-9a-f-]{36}$/i.test(orderId) ? await db.select().from(orders).where(eq(orders.id, orderId)) : [];
  if (!order) return { outcome: 'unknown-order', payment };
  if (!matchesOrder(payment, order)) return { outcome: 'amount-mismatch', payment };

  const outcome = await db.transaction(async (tx): Promise<PaymentOutcome> => {
    await tx
      .insert(payments)
      .values({
        id: payment.id,
        userId: order.userId,
        orderId: order.id,
        packageId: order.packageId,
        status: payment.status,
        amount: payment.amount,
        currency: payment.currency,
        externalReference: order.id,
      })
      .onConflictDoUpdate({ target: payments.id, set: { status: payment.status, updatedAt: sql`now()` } });

    if (approved.has(payment.status)) {
      const result = await appendLedgerEntry(tx, {
        userId: order.userId,
        delta: order.credits,
        reason: 'purchase',
        paymentId: payment.id,
      });
      await tx.update(orders).set({ status: 'paid' }).where(eq(orders.id, order.id));
      return result === 'applied' ? 'credited' : 'already-credited';
    }
    if (reversedStatuses.has(payment.status)) {
      const [purchase] = await tx
        .select({ id: creditLedger.id })
        .from(creditLedger)
        .where(and(eq(creditLedger.paymentId, payment.id), eq(creditLedger.reason, 'purchase')));
      if (!purchase) return 'not-paid';
      // Lock the user's row so the balance we take back from cannot move under us.
      const [user] = await tx.select({ credits: users.credits }).from(users).where(eq(users.id, order.userId)).for('update');
      const takeBack = Math.min(order.credits, user?.credits ?? 0);
      const result =
        takeBack > 0
          ? await appendLedgerEntry(tx, { userId: order.userId, delta: -takeBack, reason: 'chargeback', paymentId: payment.id })
          : 'applied';
      if (result === 'duplicate') return 'already-reversed';
      const [marked] = await tx
        .update(orders)
        .set({ status: 'reversed' })
        .where(sql`${orders.id} = ${order.id} and ${orders.status} <> 'reversed'`)
        .returning({ id: orders.id });
      if (!marked) return 'already-reversed';
      await tx.update(payments).set({ unrecoveredCredits: order.credits - takeBack }).where(eq(payments.id, payment.id));
      return 'reversed';
    }
    return waiting.has(payment.status) ? 'waiting' : 'not-paid';
  });
  return { outcome, payment };
}
