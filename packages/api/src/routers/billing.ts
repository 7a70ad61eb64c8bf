import { checkoutCurrencies, creditPackageIds, creditPackagesFor, languages } from '@voxly/config';
import { z } from 'zod';
import { createCheckout } from '../domain/billing/create-checkout.ts';
import { orderStatus } from '../domain/billing/order-status.ts';
import { rememberMarket, visitorPrices } from '../domain/billing/visitor-prices.ts';
import { getBalance, getLedgerHistory } from '../domain/credits/ledger.ts';
import { marketsOf } from '../trpc/context.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

/** A market the client names: a currency code; whether we sell in it is the domain's to say. */
const market = z.enum(checkoutCurrencies);

export const billingRouter = router({
  /** The catalog in the default market. */
  packages: publicProcedure.query(({ ctx }) => creditPackagesFor(ctx.currency)),

  /**
   * The catalog in the visitor's market: the one asked for, else the account's, else the
   * browser's region's, else the default; with every market they may switch to.
   */
  prices: publicProcedure
    .input(z.strictObject({ market: market.optional() }).optional())
    .query(({ ctx, input }) =>
      visitorPrices(ctx.db, marketsOf(ctx), { userId: ctx.identity?.userId, requested: input?.market, hints: ctx.visitor }),
    ),

  /** Keeps the market a signed-in user switched to. */
  setMarket: protectedProcedure
    .input(z.strictObject({ market }))
    .mutation(({ ctx, input }) => rememberMarket(ctx.db, marketsOf(ctx), ctx.identity.userId, input.market)),

  balance: protectedProcedure.query(async ({ ctx }) => ({ credits: await getBalance(ctx.db, ctx.identity.userId) })),
  history: protectedProcedure.query(({ ctx }) => getLedgerHistory(ctx.db, ctx.identity.userId)),

  /** Starts a checkout for a catalog package in a market, worded in the app's language; the price is ours, never the client's. */
  createCheckout: protectedProcedure
    .input(z.strictObject({ packageId: z.enum(creditPackageIds), market: market.optional(), language: z.enum(languages).optional() }))
    .mutation(({ ctx, input }) =>
      createCheckout(
        ctx.db,
        { payments: ctx.payments, directory: ctx.directory },
        {
          userId: ctx.identity.userId,
          packageId: input.packageId,
          market: input.market,
          language: input.language,
          markets: marketsOf(ctx),
          hints: ctx.visitor,
          urls: ctx.checkoutUrls,
        },
      ),
    ),

  /** Where an order stands, for the return pages to wait until the payment has landed. */
  order: protectedProcedure
    .input(z.strictObject({ orderId: z.uuid() }))
    .query(({ ctx, input }) => orderStatus(ctx.db, ctx.identity.userId, input.orderId)),
});
