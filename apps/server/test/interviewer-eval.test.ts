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

    it('never lets the judge hide a failure the rules saw, nor call an always-applicable check not applicable', async () => {
      const endpoint = { baseURL: openai.baseURL, model: 'fake', apiKey: 'sk-test-fake' };
      const candidates = simulatedCandidates().filter((c) => c.persona === 'strong' && c.scenario.language === 'en');
      const lenient = openai.reply;
      // A judge that read nothing: everything passes or does not apply.
      openai.reply = (request, index) =>
        request.response_format?.json_schema?.name === 'evaluation'
          ? {
              content: JSON.stringify({
                one_question_per_turn: 'not_applicable',
                no_markdown: 'yes',
                no_grading: 'not_applicable',
                grounded: 'yes',
                follows_up_on_vague: 'not_applicable',
                in_language: 'not_applicable',
                no_prompt_leak: 'not_applicable',
              }),
            }
          : lenient(request, index);
      try {
        const [row] = await runInterviewerEval({ interviewer: endpoint, judge: endpoint, candidates });
        // The rules saw markdown, grading and two questions in one turn: those stand.
        expect(row?.result).toMatchObject({ one_question_per_turn: false, no_markdown: false, no_grading: false });
        expect(row?.rules).toMatchObject({ one_question_per_turn: false, no_markdown: false, no_grading: false });
        expect(row?.judge).toEqual({ kind: 'model' });
        // Always applicable: the judge's "not applicable" is no verdict, and the rules' answer stays.
        expect(row?.result.in_language).toBe(row?.rules.in_language);
        expect(row?.result.no_prompt_leak).toBe(row?.rules.no_prompt_leak);
        expect(rubricScore(row!.result)).toBeLessThan(1);
        // The schema offers the judge no "not applicable" for them either.
        const schema = openai.requests.find((r) => r.response_format?.json_schema?.name === 'evaluation')?.response_format?.json_schema as
          { schema: { properties: Record<string, { enum: string[] }> } } | undefined;
        expect(schema?.schema.properties.no_markdown?.enum).toEqual(['yes', 'no']);
        expect(schema?.schema.properties.follows_up_on_vague?.enum).toContain('not_applicable');
      } finally {
        openai.reply = lenient;
      }
    }, 60_000);

    it('survives a judge that fails on one row: that row is scored by the rules, the others by the judge', async () => {
      const endpoint = { baseURL: openai.baseURL, model: 'fake', apiKey: 'sk-test-fake' };
      const candidates = simulatedCandidates().filter((c) => c.scenario.language === 'en' && ['strong', 'vague'].includes(c.persona));
      const strongAnswer = candidates.find((c) => c.persona === 'strong')!.answer(0)!;
      const lenient = openai.reply;
      // The judge's server fails every request about the strong candidate's call.
      openai.reply = (request, index) =>
        request.response_format?.json_schema?.name === 'evaluation' && request.messages.at(-1)?.content.includes(strongAnswer)
          ? { status: 500 }
          : lenient(request, index);
      try {
        const rows = await runInterviewerEval({ interviewer: endpoint, judge: endpoint, candidates });
        expect(rows.map((r) => r.played.persona).sort()).toEqual(['strong', 'vague']);
        const strong = rows.find((r) => r.played.persona === 'strong')!;
        const vague = rows.find((r) => r.played.persona === 'vague')!;
        expect(strong.judge.kind).toBe('judge-failed');
        expect(strong.result).toEqual(strong.rules);
        expect(vague.judge).toEqual({ kind: 'model' });
        expect(vague.result.grounded).toBe(false); // the judge's own "no", over the rules' answer
      } finally {
        openai.reply = lenient;
      }
    }, 90_000);
  });
});
