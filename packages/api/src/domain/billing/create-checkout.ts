import { findCreditPackage, languageOfLocale, type CheckoutCurrency, type CreditPackageId, type Language } from '@voxly/config';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { orders, users } from '../../db/schema.ts';
import type { PaymentsPort } from '../../ports/payments-port.ts';
import type { UserDirectory } from '../../ports/user-directory-port.ts';
import { checkoutItemTitle } from './checkout-item-title.ts';
import { visitorMarket, type Markets, type VisitorHints } from './visitor-market.ts';

/** The payment provider could not open a checkout (nothing was charged; the order stays open, unpaid). */
export class CheckoutUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the payment provider could not open a checkout', { cause });
    this.name = 'CheckoutUnavailableError';
  }
}

/** Where the checkout sends the browser back to (the web app's billing pages). */
export interface CheckoutUrls {
  webOrigin: string;
}

/**
 * The payer's email for the provider's checkout: the sign-in provider's primary email as it
 * is now (Clerk's user object), else the one we stored. A lookup that fails never fails
 * the checkout: without an email the buyer types one on the provider's page.
 */
async function payerEmailOf(db: Database, directory: UserDirectory, userId: string): Promise<string | null> {
  const current = await directory.primaryEmail(userId).catch(() => null);
  if (current) return current;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user?.email ?? null;
}

/**
 * Opens an order for a catalog package in the buyer's market (price and credits from our
 * catalog, never from the client; a market we do not sell in fails before anything is
 * stored) and asks the payment provider for a checkout, titled and worded in the language the
 * buyer chose in the app (else the account's, else the browser's),
 * with the order id as the opaque external reference and the idempotency key. The market
 * is kept on the account: the next visit is priced in it.
 */
export async function createCheckout(
  db: Database,
  ports: { payments: PaymentsPort; directory: UserDirectory },
  input: {
    userId: string;
    packageId: CreditPackageId;
    market: CheckoutCurrency | undefined;
    /** The language the app is showing (words only: nothing about the money comes from the client). */
    language?: Language | undefined;
    markets: Markets;
    hints?: VisitorHints | undefined;
    urls: CheckoutUrls;
  },
): Promise<{ orderId: string; checkoutUrl: string }> {
  const { payments } = ports;
  const [buyer] = await db.select({ market: users.market, locale: users.locale }).from(users).where(eq(users.id, input.userId));
  const market = visitorMarket(input.markets, { requested: input.market, stored: buyer?.market, hints: input.hints });
  // The language the app shows, else the account's, else the browser's.
  const chosen = input.language ?? buyer?.locale ?? undefined;
  const language = chosen ?? languageOfLocale(input.hints?.languages[0]);
  const pkg = findCreditPackage(input.packageId, market);
  const [order] = await db
    .insert(orders)
    .values({ userId: input.userId, packageId: pkg.id, credits: pkg.credits, amount: pkg.price, currency: pkg.currency })
    .returning({ id: orders.id });
  if (!order) throw new Error('the order was not stored');
  if (buyer?.market !== market) await db.update(users).set({ market }).where(eq(users.id, input.userId));
  const payerEmail = await payerEmailOf(db, ports.directory, input.userId);
  const back = (outcome: string) => `${input.urls.webOrigin}/billing/${outcome}?order=${order.id}`;
  const checkout = await payments
    .createCheckout({
      orderId: order.id,
      packageName: checkoutItemTitle(pkg, language),
      credits: pkg.credits,
      amount: pkg.price,
      currency: pkg.currency,
      payerEmail,
      language: chosen,
      backUrls: { success: back('success'), failure: back('failure'), pending: back('pending') },
    })
    .catch((error: unknown) => {
      throw new CheckoutUnavailableError(error);
    });
  await db.update(orders).set({ preferenceId: checkout.preferenceId }).where(eq(orders.id, order.id));
  return { orderId: order.id, checkoutUrl: checkout.checkoutUrl };
}
