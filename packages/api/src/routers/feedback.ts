import { router } from '../trpc/init.ts';

/** Feedback for a finished interview. Filled in by the feedback work. */
export const feedbackRouter = router({});
