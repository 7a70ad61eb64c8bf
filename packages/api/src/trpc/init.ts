import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import type { Context } from './context.ts';
import { errorMessages } from './error-mapper.ts';

export const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Stack traces name our files and lines: they belong in the server log, not in answers.
    const { stack: _stack, ...data } = shape.data;
    // Input that fails its schema: say what is wrong in words, not as a JSON dump.
    if (error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError) {
      return {
        ...shape,
        message: z.prettifyError(error.cause),
        data: { ...data, issues: error.cause.issues.slice(0, 20).map(({ path, message }) => ({ path, message })) },
      };
    }
    // The last guard: whatever reached here unmapped says nothing about our SQL or code.
    if (error.code === 'INTERNAL_SERVER_ERROR') return { ...shape, message: errorMessages.internal, data };
    return { ...shape, data };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
