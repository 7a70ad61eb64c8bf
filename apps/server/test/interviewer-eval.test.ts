import { personaIds, rubricScore, simulatedCandidates } from '@voxly/prompts/corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInterviewerEval } from '../eval/run-interviewer-eval.ts';
import { FakeOpenAi } from './support/fake-openai.ts';

/** npm run eval:interviewer, as CI runs it: the scripted interviewer and the rule-based judge, through the real socket. */
describe('the interviewer evaluation harness', () => {
  it('plays every simulated candidate through the socket and scores the local interviewer on the rubric', async () => {
    const rows = await runInterviewerEval();
    expect(rows).toHaveLength(personaIds.length * 3);
    for (const { played, result } of rows) {
      const label = `${played.persona}/${played.scenario.language}`;
      expect(played.turns.filter((t) => t.role === 'agent').length, label).toBeGreaterThan(3);
      expect(result, label).toMatchObject({ no_markdown: true, in_language: true, no_prompt_leak: true, ends_on_time: true });
      expect(rubricScore(result), label).toBe(1);
    }
    // Silence runs into the clock; a candidate who answers reaches the interviewer's own closing.
    expect(rows.find((r) => r.played.persona === 'silent')?.played.ending?.by).toBe('time');
    expect(rows.find((r) => r.played.persona === 'strong')?.played.ending?.by).toBe('interviewer');
  }, 60_000);

  describe('with a model for the interviewer and the judge', () => {
    let openai: FakeOpenAi;
    beforeAll(async () => {
      openai = await new FakeOpenAi().start();
      openai.reply = (request) =>
        request.stream
          ? // A poor interviewer: markdown, grading, two questions at once.
            { chunks: ['**Great answer**, 9/10. ', 'What did you build? And why?'] }
          : request.response_format?.json_schema?.name === 'evaluation'
            ? {
                content: JSON.stringify({
                  one_question_per_turn: 'no',
                  no_markdown: 'no',
                  no_grading: 'no',
                  grounded: 'no',
                  follows_up_on_vague: 'not_applicable',
                  in_language: 'yes',
                  no_prompt_leak: 'yes',
                }),
              }
            : // The job's field and the fit check, asked of the same server.
              { content: JSON.stringify({ field: 'engineering', fits: true, confidence: 0.9, reason: 'fits' }) };
    });
    afterAll(() => openai?.stop());

    it('drives the model through the socket and takes the judge’s verdicts, with the clock observed', async () => {
      const endpoint = { baseURL: openai.baseURL, model: 'fake', apiKey: 'sk-test-fake' };
      const candidates = simulatedCandidates().filter((c) => c.persona === 'strong' && c.scenario.language === 'en');
      const rows = await runInterviewerEval({ interviewer: endpoint, judge: endpoint, candidates });
      expect(rows).toHaveLength(1);
      const [{ played, result }] = rows as [(typeof rows)[number]];
      expect(played.turns.some((t) => t.role === 'agent' && t.content.includes('9/10'))).toBe(true);
      // The model never ends a call itself: the engine's clock does.
      expect(played.ending?.by).toBe('time');
      expect(result).toEqual({
        one_question_per_turn: false,
        no_markdown: false,
        no_grading: false,
        grounded: false,
        follows_up_on_vague: null,
        in_language: true,
        no_prompt_leak: true,
        ends_on_time: true,
      });
      const judged = openai.requests.find((r) => r.response_format?.json_schema?.name === 'evaluation');
      expect(judged?.messages.at(-1)?.content).toContain('INTERVIEWER: **Great answer**');
    }, 60_000);
  });
});
