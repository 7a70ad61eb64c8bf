import { schema } from '@voxly/api/db';
import { competencies, feedbackContentSchema, type FeedbackContent } from '@voxly/api/feedback';
import { testDatabaseTargets } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeOpenAi, type ChatRequest } from './support/fake-openai.ts';
import { finishedInterview, readyFeedback } from './support/finished-interview.ts';
import { backendInterview, grantCredits, longAnswer } from './support/interview-fixtures.ts';
import { apiClient, signInLocally, startTestServer, trpcError, type TestServer } from './support/test-server.ts';

let users = 0;
const nextUser = () => `Feedback User ${++users}`;

describe.each(testDatabaseTargets)('feedback in local mode (rule-based), $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(() => server?.stop());

  it('reviews a finished interview once, labelled rule-based, with speech metrics, and lists its score', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const first = await api.feedback.get.query({ interviewId });
    // Rules take microseconds: the first call already has it.
    expect(first.status).toBe('ready');
    if (first.status !== 'ready') return;
    expect(first.feedback.source).toBe('rules');
    expect(first.feedback.language).toBe('en');
    // The question asked just before the candidate hung up counts as asked (the transcript keeps it).
    expect(first.feedback.summary).toMatch(/^Rule-based review: you answered 1 of 2 questions\./);
    expect(first.feedback.ratings.map((r) => r.competency)).toEqual([...competencies]);
    expect(first.metrics).toMatchObject({ candidateWords: 34, answers: 1, wordsPerMinute: null, endReason: 'candidate_ended' });
    // One answer is too few for a hire verdict: the report and the history say so instead.
    expect(first.judged).toBe(false);

    const again = await api.feedback.get.query({ interviewId });
    expect(again).toEqual(first);
    const rows = await server.database.db.select().from(schema.feedback).where(eq(schema.feedback.interviewId, interviewId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.attempts).toBe(1);

    const [listed] = await api.interview.list.query();
    expect(listed).toMatchObject({ id: interviewId, overallScore: first.feedback.overallScore, judged: false });
    expect(listed!.ratings).toEqual(first.feedback.ratings);
  });

  it('answers NOT_FOUND for someone else’s interview, exactly as for one that does not exist', async () => {
    const { interviewId } = await finishedInterview(server, nextUser());
    const intruder = apiClient(server.url, { cookie: await signInLocally(server.url, 'Intruder') });
    const theirs = await trpcError(intruder.feedback.get.query({ interviewId }));
    const missing = await trpcError(intruder.feedback.get.query({ interviewId: crypto.randomUUID() }));
    expect(theirs.data?.code).toBe('NOT_FOUND');
    expect({ code: theirs.data?.code, message: theirs.message }).toEqual({ code: missing.data?.code, message: missing.message });
    expect((await trpcError(intruder.feedback.regenerate.mutate({ interviewId }))).data?.code).toBe('NOT_FOUND');
    expect((await trpcError(apiClient(server.url).feedback.get.query({ interviewId }))).data?.code).toBe('UNAUTHORIZED');
    // and nothing was generated on their behalf
    expect(await server.database.db.select().from(schema.feedback).where(eq(schema.feedback.interviewId, interviewId))).toEqual([]);
  });

  it('gives none for an interview that never started (refunded) or is still going', async () => {
    const silent = await finishedInterview(server, nextUser(), { answer: null });
    expect(await silent.api.feedback.get.query({ interviewId: silent.interviewId })).toEqual({
      status: 'unavailable',
      reason: 'never_started',
    });

    const cookie = await signInLocally(server.url, 'Still Talking');
    await grantCredits(server.database.db, 'local:still-talking', 1);
    const api = apiClient(server.url, { cookie });
    const { interviewId } = await api.interview.create.mutate(backendInterview);
    expect(await api.feedback.get.query({ interviewId })).toEqual({ status: 'unavailable', reason: 'not_ended' });
  });

  it('refuses a malformed id with a clear message', async () => {
    const { api } = await finishedInterview(server, nextUser());
    const error = await trpcError(api.feedback.get.query({ interviewId: 'not-a-uuid' }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('Not an interview id.');
  });
});

/** A valid review as a model would write it. */
function modelReview(overrides: Partial<FeedbackContent> = {}): FeedbackContent {
  const point = (n: number) => ({ point: `Point ${n}`, evidence: 'In your answer about the billing migration.' });
  return {
    overallScore: 78,
    verdict: 'hire',
    summary: 'Clear, specific answer about a migration you led.',
    ratings: competencies.map((competency) => ({
      competency,
      rating: competency === 'role_fit' ? null : 4,
      evidence: 'You cut p99 by half.',
    })),
    strengths: [point(1), point(2), point(3)],
    improvements: [point(4), point(5), point(6)],
    questions: [{ question: 'Tell me about yourself.', good: 'Concrete result.', stronger: 'Say how you measured it.' }],
    ...overrides,
  };
}

describe('feedback written by an OpenAI-compatible model (real SDK, fake server)', () => {
  let server: TestServer;
  let openai: FakeOpenAi;
  /** What the fake answers to feedback requests, in order; the interview turns get a fixed line. */
  let answers: ((request: ChatRequest) => { content?: string; status?: number; delayBeforeFirstMs?: number })[] = [];
  const feedbackRequests = () => openai.requests.filter((r) => !r.stream);

  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
    openai.reply = (request) => {
      if (request.stream) return { chunks: ['Thank you. ', 'What did you measure?'] };
      const next = answers.shift();
      return next ? next(request) : { content: JSON.stringify(modelReview()) };
    };
    server = await startTestServer(
      testDatabaseTargets[0]!,
      {
        OPENAI_BASE_URL: openai.baseURL,
        OPENAI_MODEL: 'fake-interviewer',
        OPENAI_FEEDBACK_MODEL: 'fake-reviewer',
        OPENAI_API_KEY: 'sk-test-fake',
      },
      { feedbackWaitMs: 50 },
    );
  });
  afterEach(() => {
    answers = [];
  });
  afterAll(async () => {
    await server?.stop();
    await openai?.stop();
  });

  it('asks once in JSON mode against the schema, validates and stores the answer', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const before = feedbackRequests().length;
    const view = await readyFeedback(api, interviewId);
    // The model's review as written, with the stronger example it left out built from the resume (checked like the local ones).
    const written = modelReview();
    expect(view.feedback).toEqual({
      ...written,
      questions: written.questions.map((q) => ({ ...q, example: expect.objectContaining({ situation: expect.any(String) }) })),
      source: 'model',
      language: 'en',
    });
    expect(view.metrics.candidateWords).toBe(34);
    const requests = feedbackRequests().slice(before);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.model).toBe('fake-reviewer'); // OPENAI_FEEDBACK_MODEL, not the interviewer's model
    const format = requests[0]!.response_format as {
      type: string;
      json_schema: { name: string; strict: boolean; schema: Record<string, unknown> };
    };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema).toMatchObject({ name: 'feedback', strict: true });
    expect(format.json_schema.schema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['overallScore', 'ratings', 'questions']),
    });
    expect(format.json_schema.schema).not.toHaveProperty('$schema');
    const prompt = requests[0]!.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('Write every text value in English');
    expect(prompt).toContain(longAnswer);
    expect(prompt).toContain('34 candidate words in 1 answers');
  });

  it('starts one generation for ten concurrent requests', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const before = feedbackRequests().length;
    answers.push(() => ({ content: JSON.stringify(modelReview({ overallScore: 64 })), delayBeforeFirstMs: 400 }));
    const views = await Promise.all(Array.from({ length: 10 }, () => api.feedback.get.query({ interviewId })));
    expect(views.every((v) => v.status === 'pending')).toBe(true);
    const ready = await readyFeedback(api, interviewId);
    expect(ready.feedback.overallScore).toBe(64);
    expect(feedbackRequests().length - before).toBe(1);
  });

  it('retries once on invalid JSON, then accepts a valid answer', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const before = feedbackRequests().length;
    answers.push(() => ({ content: '{"overallScore": 80, "verdict": "hire", "summ' }));
    const view = await readyFeedback(api, interviewId);
    expect(view.feedback.source).toBe('model');
    expect(feedbackRequests().length - before).toBe(2);
  });

  const badAnswers: [string, string][] = [
    [
      'partial (no ratings, no questions)',
      JSON.stringify({ overallScore: 70, verdict: 'hire', summary: 'ok', strengths: [], improvements: [] }),
    ],
    [
      'out of range (score 140, rating 9)',
      JSON.stringify(modelReview({ overallScore: 140, ratings: modelReview().ratings.map((r) => ({ ...r, rating: 9 })) })),
    ],
    ['oversized (a 70,000 character summary)', JSON.stringify(modelReview({ summary: 'x'.repeat(70_000) }))],
    ['too few strengths', JSON.stringify(modelReview({ strengths: [{ point: 'One', evidence: 'Once.' }] }))],
    ['not JSON at all', 'Sure! Here is your feedback: great job.'],
  ];

  it.each(badAnswers)(
    'falls back to the local reviewer after two %s answers, marked as such, never leaving the candidate without a review',
    async (_label, bad) => {
      const { api, interviewId } = await finishedInterview(server, nextUser());
      const before = feedbackRequests().length;
      answers.push(
        () => ({ content: bad }),
        () => ({ content: bad }),
      );
      const view = await readyFeedback(api, interviewId);
      expect(feedbackRequests().length - before).toBe(2);
      const { source, language, ...content } = view.feedback;
      expect({ source, language }).toEqual({ source: 'rules-after-model-failure', language: 'en' });
      expect(content.summary).toMatch(/^Rule-based review: /);
      expect(() => feedbackContentSchema.parse(content)).not.toThrow();
      const [row] = await server.database.db.select().from(schema.feedback).where(eq(schema.feedback.interviewId, interviewId));
      expect(row).toMatchObject({ status: 'ready', attempts: 1, error: null });
      expect(server.logs.some((line) => line.includes('the model review failed; the local reviewer writes it'))).toBe(true);
      // A ready review stays as it is.
      expect(await api.feedback.regenerate.mutate({ interviewId })).toEqual(view);
    },
  );

  it('falls back to the local reviewer when the model server is down, keeping the log free of the transcript', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    answers.push(
      () => ({ status: 500 }),
      () => ({ status: 500 }),
      () => ({ status: 500 }),
      () => ({ status: 500 }),
    );
    const view = await vi.waitFor(async () => {
      const seen = await api.feedback.get.query({ interviewId });
      if (seen.status !== 'ready') throw new Error(seen.status);
      return seen;
    }, 8_000);
    expect(view.feedback.source).toBe('rules-after-model-failure');
    expect(server.logs.join('')).not.toContain('halved p99');
  });

  it('does not regenerate a ready review', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const ready = await readyFeedback(api, interviewId);
    const before = feedbackRequests().length;
    expect(await api.feedback.regenerate.mutate({ interviewId })).toEqual(ready);
    expect(feedbackRequests().length).toBe(before);
  });
});
