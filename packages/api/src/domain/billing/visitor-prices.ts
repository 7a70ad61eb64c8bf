import { creditPackagesFor, type CheckoutCurrency } from '@voxly/config';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { visitorMarket, type Markets, type VisitorHints } from './visitor-market.ts';

async function storedMarket(db: Database, userId: string | undefined): Promise<CheckoutCurrency | null> {
  if (!userId) return null;
  const [row] = await db.select({ market: users.market }).from(users).where(eq(users.id, userId));
  return row?.market ?? null;
}

/** The catalog in the visitor's market, with the markets they may switch to. */
export async function visitorPrices(
  db: Database,
  markets: Markets,
  visitor: { userId?: string | undefined; requested?: CheckoutCurrency | undefined; hints?: VisitorHints | undefined },
) {
  const market = visitorMarket(markets, {
    requested: visitor.requested,
    stored: await storedMarket(db, visitor.userId),
    hints: visitor.hints,
  });
  return { market, markets: [...markets.enabled], packages: creditPackagesFor(market) };
}

/** Keeps the market a signed-in user switched to (one we sell in), for their next visit. */
export async function rememberMarket(db: Database, markets: Markets, userId: string, market: CheckoutCurrency) {
  const chosen = visitorMarket(markets, { requested: market });
  await db.update(users).set({ market: chosen }).where(eq(users.id, userId));
  return { market: chosen };
}
