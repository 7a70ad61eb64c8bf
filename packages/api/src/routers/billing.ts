import { creditPackagesFor } from '@voxly/config';
import { getBalance, getLedgerHistory } from '../domain/credits/ledger.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

export const billingRouter = router({
  packages: publicProcedure.query(({ ctx }) => creditPackagesFor(ctx.currency)),
  balance: protectedProcedure.query(async ({ ctx }) => ({ credits: await getBalance(ctx.db, ctx.identity.userId) })),
  history: protectedProcedure.query(({ ctx }) => getLedgerHistory(ctx.db, ctx.identity.userId)),
});
