import { ManualClock, testDatabaseTargets } from '@voxly/api/testing';
import { interviewPolicy } from '@voxly/config';
import {
  ruleBasedRubric,
  simulatedCandidates,
  type PlayedInterview,
  type RubricResult,
  type SimulatedCandidate,
} from '@voxly/prompts/corpus';
import { grantCredits } from '../test/support/interview-fixtures.ts';
import { signInLocally, startTestServer } from '../test/support/test-server.ts';
import { createModelJudge, type ModelEndpoint } from './model-judge.ts';
import { playInterview } from './play-interview.ts';

export interface EvalOptions {
  /** The interviewer under test; without it, the local scripted interviewer. */
  interviewer?: ModelEndpoint | undefined;
  /** The judge; without it, the rule-based rubric. */
  judge?: ModelEndpoint | undefined;
  candidates?: SimulatedCandidate[];
}

/** Who scored a row: the rules alone, the model judge over the rules, or the rules after the judge failed. */
type RowJudge = { kind: 'rules' } | { kind: 'model' } | { kind: 'judge-failed'; error: string };

export interface EvalRow {
  played: PlayedInterview;
  /** The rubric as the rules see it. */
  rules: RubricResult;
  /** The score: the rules, or the judge's verdicts joined with them (a rule failure always stands). */
  result: RubricResult;
  judge: RowJudge;
}

type Judge = (played: PlayedInterview, observed: RubricResult) => Promise<RubricResult>;

/** One row's score. A judge that fails costs that row its verdicts, never the run (and every interview played). */
async function scoreRow(played: PlayedInterview, judge: Judge | undefined): Promise<EvalRow> {
  const rules = ruleBasedRubric(played);
  if (!judge) return { played, rules, result: rules, judge: { kind: 'rules' } };
  try {
    return { played, rules, result: await judge(played, rules), judge: { kind: 'model' } };
  } catch (error) {
    return { played, rules, result: rules, judge: { kind: 'judge-failed', error: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Starts a real server (local mode, or pointed at the interviewer's model server) on an
 * embedded database with a hand-moved clock, plays every simulated candidate through the
 * real socket, and scores each call on the rubric.
 */
export async function runInterviewerEval(options: EvalOptions = {}): Promise<EvalRow[]> {
  const clock = new ManualClock();
  const target = testDatabaseTargets.find((t) => t.name === 'pglite') ?? testDatabaseTargets[0]!;
  const env: Record<string, string> = options.interviewer
    ? {
        OPENAI_BASE_URL: options.interviewer.baseURL,
        OPENAI_MODEL: options.interviewer.model,
        OPENAI_API_KEY: options.interviewer.apiKey,
        // A model on this machine (llama.cpp, Ollama) is run as the server would run it.
        OPENAI_LOCAL_MODEL: 'auto',
      }
    : {};
  const server = await startTestServer(target, { LOG_LEVEL: 'warn', ...env }, { clock });
  const judge = options.judge ? createModelJudge(options.judge) : undefined;
  const candidates = options.candidates ?? simulatedCandidates();
  if (candidates.length === 0) throw new Error('No simulated candidates to play: the cases hold no fitting job with two answers.');
  const rows: EvalRow[] = [];
  try {
    const cookie = await signInLocally(server.url, 'Eval Candidate');
    await grantCredits(server.database.db, 'local:eval-candidate', candidates.length);
    for (const candidate of candidates) {
      const played = await playInterview(candidate, {
        serverUrl: server.url,
        cookie,
        clock,
        maxDurationMs: interviewPolicy.maxDurationMs,
        answerMs: 75_000,
        silenceMs: 30_000,
        replyTimeoutMs: options.interviewer ? 60_000 : 5_000,
      });
      rows.push(await scoreRow(played, judge));
    }
  } finally {
    await server.stop();
  }
  return rows;
}
