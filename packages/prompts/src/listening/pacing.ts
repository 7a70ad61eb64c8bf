/** Where the call is on its clock, as the engine sees it when it asks for a turn. */
export interface InterviewPace {
  elapsedMs: number;
  remainingMs: number;
}

/** Time kept back for the candidate's own question and the goodbye. */
const wrapUpMs = 90_000;
/** However briskly the candidate answers, a question takes at least this long to ask and answer. */
const shortestExchangeMs = 60_000;
/** However slowly they answer, planning on more than this per question drops too much. */
const longestExchangeMs = 240_000;

export interface PaceDecision {
  /** How many more plan questions fit before the wrap-up. */
  questionsThatFit: number;
  /** There is slack for a follow-up on a thin answer. */
  followUps: boolean;
}

/**
 * How much of the plan is left room for, from how long this candidate's exchanges have
 * taken so far (`exchanges` counts the questions asked, the opening one included).
 */
export function paceDecision(pace: InterviewPace, exchanges: number, questionsLeft: number): PaceDecision {
  const perExchange = Math.min(longestExchangeMs, Math.max(shortestExchangeMs, pace.elapsedMs / Math.max(1, exchanges)));
  const budget = pace.remainingMs - wrapUpMs;
  const questionsThatFit = Math.max(0, Math.floor(budget / perExchange));
  return { questionsThatFit, followUps: budget >= (questionsLeft + 1) * perExchange };
}

/**
 * Which of the questions not yet asked to keep when not all fit: the ones that carry the
 * most (higher `weight` first, then the earlier in the plan), asked in plan order.
 */
export function keptQuestions<T extends { weight: number }>(remaining: readonly T[], fit: number): T[] {
  if (remaining.length <= fit) return [...remaining];
  const kept = new Set(
    remaining
      .map((item, index) => ({ item, index }))
      .sort((a, b) => b.item.weight - a.item.weight || a.index - b.index)
      .slice(0, fit)
      .map(({ item }) => item),
  );
  return remaining.filter((item) => kept.has(item));
}

/** With this much left once the plan is done, there is room to go deeper before the wrap-up. */
const spareMs = wrapUpMs + 2 * shortestExchangeMs + 30_000;

/** Whether the time paid for still has room for another exchange before the wrap-up: a quick candidate should not finish in three minutes. */
export function timeToSpare(pace: InterviewPace): boolean {
  return pace.remainingMs >= spareMs;
}

/**
 * The most plan questions a session of this length can ask after the opening one, however
 * briskly it goes: what a review may count a short session's answers against.
 */
export function mostQuestionsIn(lengthMinutes: number): number {
  return Math.max(1, Math.floor((lengthMinutes * 60_000 - wrapUpMs) / shortestExchangeMs) - 1);
}

/** Starting a call: all the time in the world. */
export const unhurriedPace: InterviewPace = { elapsedMs: 0, remainingMs: 15 * 60_000 };
