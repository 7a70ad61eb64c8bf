import { TRPCError } from '@trpc/server';
import { practicePolicy } from '@voxly/config';
import { answerPractice, practiceAnswerInput, practiceQuestion, practiceQuestionInput } from '../domain/practice/practice-answers.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure } from '../trpc/procedures.ts';

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such question in your reviewed interviews.' });

/** "Practise this question": one question of a reviewed interview, answered again, judged alone, free. */
export const practiceRouter = router({
  /** The question, and how many of the interview's free practice answers are left. */
  question: protectedProcedure.input(practiceQuestionInput).query(async ({ ctx, input }) => {
    const question = await practiceQuestion(ctx.db, ctx.identity.userId, input);
    if (!question) throw notFound();
    return question;
  }),

  /** Judges one practice answer; refused once the interview's practice answers are used. */
  answer: protectedProcedure.input(practiceAnswerInput).mutation(async ({ ctx, input }) => {
    const outcome = await answerPractice(ctx.db, ctx.identity.userId, input);
    if (outcome.kind === 'not-found') throw notFound();
    if (outcome.kind === 'used-up') {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: `This interview's ${practicePolicy.answersPerInterview} free practice answers are used. Start a new interview to practise more.`,
      });
    }
    return { review: outcome.review, answersLeft: outcome.answersLeft };
  }),
});
