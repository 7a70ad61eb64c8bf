import { router } from '../trpc/init.ts';
import { accountRouter } from './account.ts';
import { billingRouter } from './billing.ts';
import { feedbackRouter } from './feedback.ts';
import { interviewRouter } from './interview.ts';

export const appRouter = router({
  account: accountRouter,
  interview: interviewRouter,
  feedback: feedbackRouter,
  billing: billingRouter,
});

export type AppRouter = typeof appRouter;
