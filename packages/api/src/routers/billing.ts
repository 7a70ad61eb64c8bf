import { TRPCError } from '@trpc/server';
import { creditPackageIds, creditPackagesFor } from '@voxly/config';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orders } from '../db/schema.ts';
import { createCheckout } from '../domain/billing/create-checkout.ts';
import { getBalance, getLedgerHistory } from '../domain/credits/ledger.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

export const billingRouter = router({
  packages: publicProcedure.query(({ ctx }) => creditPackagesFor(ctx.currency)),
  balance: protectedProcedure.query(async ({ ctx }) => ({ credits: await getBalance(ctx.db, ctx.identity.userId) })),
  history: protectedProcedure.query(({ ctx }) => getLedgerHistory(ctx.db, ctx.identity.userId)),

  /** Starts a checkout for a catalog package; the price is ours, never the client's. */
  createCheckout: protectedProcedure.input(z.strictObject({ packageId: z.enum(creditPackageIds) })).mutation(async ({ ctx, input }) => {
    try {
      return await createCheckout(ctx.db, ctx.payments, {
        userId: ctx.identity.userId,
        packageId: input.packageId,
        currency: ctx.currency,
        urls: ctx.checkoutUrls,
      });
    } catch (error) {
      throw new TRPCError({
        code: 'SERVICE_UNAVAILABLE',
        message: 'The payment service could not open a checkout. Nothing was charged; please try again in a moment.',
        cause: error,
      });
    }
  }),

  /** Where an order stands, for the return pages to wait until the payment has landed. */
  order: protectedProcedure.input(z.strictObject({ orderId: z.uuid() })).query(async ({ ctx, input }) => {
    const [order] = await ctx.db
      .select({ id: orders.id, packageId: orders.packageId, credits: orders.credits, status: orders.status })
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.userId, ctx.identity.userId)));
    if (!order) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such order.' });
    return order;
  }),
});
