import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { creditLedger, orders, payments, users } from '../../db/schema.ts';
import type { PaymentsPort, ProviderPayment } from '../../ports/payments-port.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';

export type PaymentOutcome =
  | 'credited'
  | 'already-credited'
  /** A second approved payment for an order another payment already paid: recorded, not credited. */
  | 'order-already-paid'
  | 'waiting'
  | 'not-paid'
  | 'reversed'
  | 'already-reversed'
  | 'unknown-payment'
  | 'unknown-order'
  | 'amount-mismatch'
  /** A payment in another market's currency than the account that reported it: refused, nothing recorded. */
  | 'wrong-market';

/** The amount is the catalog price of the order, to the cent, in the order's currency. */
function matchesOrder(payment: ProviderPayment, order: { amount: number; currency: string }): boolean {
  return payment.currency === order.currency && Math.round(payment.amount * 100) === Math.round(order.amount * 100);
}

/**
 * A payment notification, acted on: the payment is fetched from the provider (the
 * notification body is only a hint), checked against our open order (reference, amount,
 * currency), recorded, and credited exactly once in one transaction. A refund or
 * charge-back takes the credits back, as far as the balance allows; the rest is recorded
 * as debt on the payment. Replays and duplicates change nothing. With `market` (a provider
 * account that settles one currency), a payment in any other currency is refused before
 * anything is written: one account's notification never pays another market's order.
 */
export async function applyPaymentNotification(
  db: Database,
  provider: PaymentsPort,
  paymentId: string,
  options: { market?: string } = {},
): Promise<{ outcome: PaymentOutcome; payment?: ProviderPayment }> {
  const payment = await provider.getPayment(paymentId);
  if (!payment) return { outcome: 'unknown-payment' };
  if (options.market !== undefined && payment.currency !== options.market) return { outcome: 'wrong-market', payment };
  const orderId = payment.externalReference;
  const validOrderId = orderId !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(orderId);
  // The hot path first: an approved payment for a matching order is credited in one round trip.
  if (validOrderId && payment.state === 'paid') {
    const credited = await creditApprovedPayment(db, payment, orderId);
    if (credited) return { outcome: credited, payment };
  }
  const [order] = validOrderId ? await db.select().from(orders).where(eq(orders.id, orderId)) : [];
  if (!order) return { outcome: 'unknown-order', payment };
  if (!matchesOrder(payment, order)) return { outcome: 'amount-mismatch', payment };
  // The statement found no matching order but the re-read does: never guess, let the provider retry.
  if (payment.state === 'paid') throw new Error(`order ${order.id} matched only on re-read; retry`);

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

    if (payment.state === 'reversed') {
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
      await tx
        .update(payments)
        .set({ unrecoveredCredits: order.credits - takeBack })
        .where(eq(payments.id, payment.id));
      return 'reversed';
    }
    return payment.state === 'waiting' ? 'waiting' : 'not-paid';
  });
  return { outcome, payment };
}

/**
 * The hot path (an approved payment) as one statement: find the order it pays (reference,
 * amount to the cent, currency), record the payment, credit the ledger (its trigger moves
 * the balance; the unique indexes make a repeat, or a second payment for a paid order, a no-op) and mark the order paid. One
 * statement is one transaction and one round trip, and it holds the buyer's row lock only
 * for its own duration. null: no order matches (the caller finds out why).
 */
async function creditApprovedPayment(
  db: Database,
  payment: ProviderPayment,
  orderId: string,
): Promise<'credited' | 'already-credited' | 'order-already-paid' | null> {
  const cents = Math.round(payment.amount * 100);
  // Both drivers answer raw statements with { rows }; PostgreSQL runs every data-modifying
  // CTE to completion whether or not the final select reads it.
  const result: unknown = await db.execute(sql`
    with ord as (
      select id, user_id, package_id, credits from ${orders}
      where id = ${orderId}::uuid and currency = ${payment.currency} and round(amount * 100) = ${cents}
    ), recorded as (
      insert into ${payments} (id, user_id, order_id, package_id, status, amount, currency, external_reference)
      select ${payment.id}, user_id, id, package_id, ${payment.status}, ${payment.amount}, ${payment.currency}, id from ord
      on conflict (id) do update set status = excluded.status, updated_at = now()
      returning id
    ), credited as (
      insert into ${creditLedger} (user_id, delta, reason, payment_id, order_id)
      select user_id, credits, 'purchase', ${payment.id}, id from ord
      on conflict do nothing
      returning id
    ), paid as (
      update ${orders} set status = 'paid' where id = (select id from ord) and status = 'open' returning id
    )
    select (select count(*) from ord)::int as matched, (select count(*) from credited)::int as credited
  `);
  // The one row of counts (the driver-neutral result type does not know its shape).
  const row = (result as { rows: { matched: number; credited: number }[] }).rows[0];
  if (!row || row.matched === 0) return null;
  if (row.credited === 1) return 'credited';
  // Off the hot path: a replay of this payment, or another payment for an order already paid.
  const [own] = await db
    .select({ id: creditLedger.id })
    .from(creditLedger)
    .where(and(eq(creditLedger.paymentId, payment.id), eq(creditLedger.reason, 'purchase')));
  return own ? 'already-credited' : 'order-already-paid';
}
