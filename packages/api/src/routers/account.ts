import { TRPCError } from '@trpc/server';
import { inputLimits, languages, plainText } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../db/schema.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

const profileColumns = { id: users.id, name: users.name, email: users.email, locale: users.locale, credits: users.credits };

export const accountRouter = router({
  /** What the web app needs before sign-in: which adapters run, and Clerk's public key. */
  publicConfig: publicProcedure.query(({ ctx }) => ({
    modes: ctx.modes,
    currency: ctx.currency,
    clerkPublishableKey: ctx.publicSettings.clerkPublishableKey ?? null,
  })),

  /** Who is signed in, or null: lets the web app choose its first screen without a 401. */
  session: publicProcedure.query(({ ctx }) => (ctx.identity ? { userId: ctx.identity.userId, name: ctx.identity.name ?? null } : null)),

  me: protectedProcedure.query(async ({ ctx }) => {
    const [row] = await ctx.db.select(profileColumns).from(users).where(eq(users.id, ctx.identity.userId));
    const { credits = 0, ...user } = row ?? { id: ctx.identity.userId, name: null, email: null, locale: null };
    return { user, credits, modes: ctx.modes };
  }),

  /** The display name and the UI / interview language the user prefers. */
  updateProfile: protectedProcedure
    .input(
      z
        .strictObject({
          name: plainText({ label: 'The name', min: 1, max: inputLimits.displayName, trim: true }).optional(),
          locale: z.enum(languages).optional(),
        })
        .refine((v) => v.name !== undefined || v.locale !== undefined, 'Give a name or a locale to change.'),
    )
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .update(users)
        .set(input)
        .where(eq(users.id, ctx.identity.userId))
        .returning({ id: users.id, name: users.name, email: users.email, locale: users.locale });
      if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such user.' });
      return row;
    }),
});
