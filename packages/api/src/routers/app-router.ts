import { router } from '../trpc/init.ts';
import { accountRouter } from './account.ts';
import { billingRouter } from './billing.ts';
import { feedbackRouter } from './feedback.ts';
import { interviewRouter } from './interview.ts';
import { practiceRouter } from './practice.ts';

export const appRouter = router({
  account: accountRouter,
  interview: interviewRouter,
  feedback: feedbackRouter,
  billing: billingRouter,
  practice: practiceRouter,
});

export type AppRouter = typeof appRouter;
