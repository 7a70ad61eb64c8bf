import { eq } from 'drizzle-orm';
import { users } from '../db/schema.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

export const accountRouter = router({
  /** What the web app needs before sign-in: which adapters run, and Clerk's public key. */
  publicConfig: publicProcedure.query(({ ctx }) => ({
    modes: ctx.modes,
    currency: ctx.currency,
    clerkPublishableKey: ctx.publicSettings.clerkPublishableKey ?? null,
  })),

  me: protectedProcedure.query(async ({ ctx }) => {
    const [user] = await ctx.db
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, credits: users.credits })
      .from(users)
      .where(eq(users.id, ctx.identity.userId));
    const { credits = 0, ...profile } = user ?? { id: ctx.identity.userId, name: null, email: null, locale: null };
    return { user: profile, credits, modes: ctx.modes };
  }),
});
