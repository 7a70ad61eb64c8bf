import { inputLimits, languages, plainText } from '@voxly/config';
import { z } from 'zod';
import { profileOf, updateProfile } from '../domain/users/profile.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

export const accountRouter = router({
  /** What the web app needs before sign-in: which adapters run, and Clerk's public key. */
  publicConfig: publicProcedure.query(({ ctx }) => ({
    modes: ctx.modes,
    currency: ctx.currency,
    clerkPublishableKey: ctx.publicSettings.clerkPublishableKey ?? null,
  })),

  /** Who is signed in, or null: lets the web app choose its first screen without a 401. */
  session: publicProcedure.query(({ ctx }) => (ctx.identity ? { userId: ctx.identity.userId, name: ctx.identity.name ?? null } : null)),

  me: protectedProcedure.query(async ({ ctx }) => ({ ...(await profileOf(ctx.db, ctx.identity.userId)), modes: ctx.modes })),

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
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.identity.userId, input)),
});
