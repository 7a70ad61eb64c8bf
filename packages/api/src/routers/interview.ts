import { router } from '../trpc/init.ts';

/** Interviews: create, get, list, end. Filled in by the interview work. */
export const interviewRouter = router({});
