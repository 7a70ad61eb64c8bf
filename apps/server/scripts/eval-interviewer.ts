/**
 * npm run eval:interviewer: simulated candidates (strong, vague, off-topic, silent, prompt
 * injection, wrong language) against the interviewer through the real socket, each call
 * scored on the rubric's yes/no checks; prints a table and the mean.
 *
 *   npm run eval:interviewer                        # local: scripted interviewer, rule-based judge
 *   EVAL_OPENAI_BASE_URL=http://localhost:11434/v1 EVAL_MODEL=llama3.1 npm run eval:interviewer
 *   (EVAL_OPENAI_API_KEY for a hosted server; EVAL_JUDGE_MODEL to judge with another model)
 */
import { formatRubricTable, rubricScore } from '@voxly/prompts/corpus';
import { runInterviewerEval } from '../eval/run-interviewer-eval.ts';

// The evaluator's own settings, not the server's.
const { EVAL_OPENAI_BASE_URL: baseURL, EVAL_MODEL: model, EVAL_OPENAI_API_KEY: apiKey, EVAL_JUDGE_MODEL: judgeModel } = process.env;
if (baseURL && !model) throw new Error('EVAL_OPENAI_BASE_URL is set without EVAL_MODEL: name the model that server serves.');
const interviewer = baseURL && model ? { baseURL, model, apiKey: apiKey ?? 'not-needed' } : undefined;
const judge = interviewer ? { ...interviewer, model: judgeModel ?? interviewer.model } : undefined;

const rows = await runInterviewerEval({ interviewer, judge });
console.log(`interviewer: ${interviewer ? interviewer.model : 'scripted (local)'}; judge: ${judge ? judge.model : 'rule-based'}`);
console.log(formatRubricTable(rows.map(({ played, result }) => ({ persona: played.persona, language: played.scenario.language, result }))));
if (judge) {
  // The failures as the rules see them: the judge may add to them, never hide one.
  console.log('\nas the rules see it:');
  console.log(
    formatRubricTable(rows.map(({ played, rules }) => ({ persona: played.persona, language: played.scenario.language, result: rules }))),
  );
}
for (const { played, judge: scored } of rows) {
  if (scored.kind === 'judge-failed')
    console.log(`judge failed on ${played.persona}/${played.scenario.language} (scored by the rules): ${scored.error}`);
}
const mean = rows.reduce((sum, row) => sum + rubricScore(row.result), 0) / Math.max(1, rows.length);
const target = 0.9;
console.log(`${mean >= target ? 'PASS' : 'FAIL'} interviewer rubric mean ${(mean * 100).toFixed(1)} % (target ≥ ${target * 100} %)`);
process.exitCode = mean >= target ? 0 : 1;
