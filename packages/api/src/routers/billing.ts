import { creditPackageIds, creditPackagesFor } from '@voxly/config';
import { z } from 'zod';
import { createCheckout } from '../domain/billing/create-checkout.ts';
import { orderStatus } from '../domain/billing/order-status.ts';
import { getBalance, getLedgerHistory } from '../domain/credits/ledger.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

export const billingRouter = router({
  packages: publicProcedure.query(({ ctx }) => creditPackagesFor(ctx.currency)),
  balance: protectedProcedure.query(async ({ ctx }) => ({ credits: await getBalance(ctx.db, ctx.identity.userId) })),
  history: protectedProcedure.query(({ ctx }) => getLedgerHistory(ctx.db, ctx.identity.userId)),

  /** Starts a checkout for a catalog package; the price is ours, never the client's. */
  createCheckout: protectedProcedure.input(z.strictObject({ packageId: z.enum(creditPackageIds) })).mutation(({ ctx, input }) =>
    createCheckout(
      ctx.db,
      { payments: ctx.payments, directory: ctx.directory },
      {
        userId: ctx.identity.userId,
        packageId: input.packageId,
        currency: ctx.currency,
        urls: ctx.checkoutUrls,
      },
    ),
  ),

  /** Where an order stands, for the return pages to wait until the payment has landed. */
  order: protectedProcedure
    .input(z.strictObject({ orderId: z.uuid() }))
    .query(({ ctx, input }) => orderStatus(ctx.db, ctx.identity.userId, input.orderId)),
});
