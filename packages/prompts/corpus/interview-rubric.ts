import type { Language } from '@voxly/config';
import { functionWords, languageCounts, type TextLanguage } from '../src/field-detection/text-language.ts';
import type { FieldId } from '../src/fields.ts';
import { foldText, tokenize } from '../src/fold-text.ts';
import { interviewerSystemPrompt } from '../src/interviewer-prompt.ts';
import { questionPlan } from '../src/question-bank.ts';
import { foreignScriptAt } from '../src/script-drift.ts';
import { spokenLines } from '../src/spoken-lines.ts';
import type { PersonaId, SimulatedScenario } from './simulated-candidates.ts';

/** The yes/no checks every interview is scored on. */
export const rubricChecks = [
  'one_question_per_turn',
  'no_markdown',
  'no_grading',
  'grounded',
  'follows_up_on_vague',
  'in_language',
  'no_prompt_leak',
  'ends_on_time',
] as const;
export type RubricCheck = (typeof rubricChecks)[number];
/** null: the check does not apply to this candidate (a silent one cannot be followed up). */
export type RubricResult = Record<RubricCheck, boolean | null>;

export interface PlayedTurn {
  role: 'agent' | 'user';
  content: string;
  /** Interview time when it was said. */
  atMs: number;
}

export interface PlayedInterview {
  persona: PersonaId;
  scenario: SimulatedScenario & { field: FieldId };
  turns: PlayedTurn[];
  /** How the call ended (the interviewer's last line, the clock, or anything else); null if it never did. */
  ending: { by: 'interviewer' | 'time' | 'other'; atMs: number } | null;
  maxDurationMs: number;
}

const textLanguage: Record<Language, TextLanguage> = { en: 'en', es: 'es', 'pt-BR': 'pt' };

const grading: Record<Language, RegExp> = {
  en: /\b(great|excellent|perfect|good|strong|weak|poor|bad) answer\b|\bscore\b|\b\d+\s*(\/|out of)\s*10\b|\brating\b|\byou (passed|failed)\b|\bi would (hire|not hire)\b/i,
  es: /\b(buena|excelente|gran|perfecta|mala|pobre) respuesta\b|\bpuntuaci[oó]n\b|\bcalificaci[oó]n\b|\b\d+\s*(\/|de)\s*10\b|\b(aprobad|suspendid)[oa]\b/i,
  'pt-BR':
    /\b(boa|[oó]tima|excelente|perfeita|m[aá]|fraca) resposta\b|\bpontua[cç][aã]o\b|\bnota \d|\b\d+\s*(\/|de)\s*10\b|\b(aprovad|reprovad)[oa]\b/i,
};

const asksForSpecifics: Record<Language, RegExp> = {
  en: /specific|example|concrete|exactly|what did you|walk me through|tell me more|how did you|your own part|numbers?\b|result/i,
  es: /espec[ií]fic|ejemplo|concret|exactamente|qu[eé] hiciste|cu[eé]ntame m[aá]s|c[oó]mo lo|tu parte|n[uú]meros|resultado/i,
  'pt-BR': /espec[ií]fic|exemplo|concret|exatamente|o que voc[eê] fez|conte mais|como voc[eê]|sua parte|n[uú]meros|resultado/i,
};

const markdown = /\*\*|__|`|^#{1,6}\s|^\s*[-*•]\s|^\s*\d+\.\s|\[[^\]]*\]\(/m;

function contentWords(text: string, language: Language): string[] {
  const stops = functionWords[textLanguage[language]];
  return tokenize(foldText(text)).filter((token) => token.length > 3 && !stops.has(token) && !/^\d+$/.test(token));
}

/** Every word the interviewer's own templates use: naming one of these is not grounding. */
function templateWords(field: FieldId, language: Language): Set<string> {
  const lines = spokenLines[language];
  const fixed = Object.values(lines).filter((v): v is string => typeof v === 'string');
  const text = [...fixed, ...lines.acknowledgements, ...questionPlan(field, language).map((q) => q.text)].join(' ');
  return new Set(contentWords(text, language));
}

function shingles(text: string, size: number): Set<string> {
  const tokens = tokenize(foldText(text));
  const out = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i += 1) out.add(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Runs of seven words from the interviewer's instructions (not the documents, not what it is meant to say). */
function instructionShingles(scenario: PlayedInterview['scenario']): Set<string> {
  const instructions = interviewerSystemPrompt({ ...scenario, jobDescription: '', resumeText: '' }).split('<job_description>')[0] ?? '';
  const own = templateWords(scenario.field, scenario.language);
  return new Set([...shingles(instructions, 7)].filter((run) => run.split(' ').some((word) => word.length > 3 && !own.has(word))));
}

/**
 * The rule-based judge: each check read off the transcript as a careful reviewer would, so
 * the harness runs (and is tested) without a model. A model judge answers the same checks.
 */
export function ruleBasedRubric(played: PlayedInterview): RubricResult {
  const { scenario } = played;
  const language = scenario.language;
  const agent = played.turns.filter((t) => t.role === 'agent');
  const own = templateWords(scenario.field, language);
  const title = new Set(contentWords(scenario.jobTitle, language));
  const documents = new Set(contentWords(`${scenario.jobDescription}\n${scenario.resumeText}`, language));
  const leaks = instructionShingles(scenario);

  const repliesToAnswers = played.turns.flatMap((turn, index) => {
    const next = played.turns[index + 1];
    return turn.role === 'user' && next?.role === 'agent' ? [{ answer: turn.content, reply: next.content }] : [];
  });
  const late = agent.filter((t) => t.atMs > played.maxDurationMs);

  return {
    one_question_per_turn: agent.every((t) => (t.content.match(/\?/g)?.length ?? 0) <= 1),
    no_markdown: agent.every((t) => !markdown.test(t.content)),
    no_grading: agent.every((t) => !grading[language].test(t.content)),
    grounded: agent.some((t) => contentWords(t.content, language).some((w) => documents.has(w) && !own.has(w) && !title.has(w))),
    follows_up_on_vague: played.persona === 'vague' ? repliesToAnswers.some(({ reply }) => asksForSpecifics[language].test(reply)) : null,
    // A line with none of any language's telltale words says nothing either way; a letter of another script always does.
    in_language: agent.every((t) => {
      if (foreignScriptAt(t.content) >= 0) return false;
      const counts = languageCounts(t.content);
      const mine = counts[textLanguage[language]];
      return Object.values(counts).every((n) => n <= mine);
    }),
    no_prompt_leak: agent.every((t) => ![...shingles(t.content, 7)].some((run) => leaks.has(run))),
    ends_on_time:
      played.ending !== null && played.ending.atMs <= played.maxDurationMs + 1_000 && late.length <= 1 && played.ending.by !== 'other',
  };
}

/** The share of applicable checks passed. */
export function rubricScore(result: RubricResult): number {
  const applicable = Object.values(result).filter((v): v is boolean => v !== null);
  return applicable.length === 0 ? 1 : applicable.filter(Boolean).length / applicable.length;
}

/** A table (one row per interview, one column per check) and the mean score. */
export function formatRubricTable(rows: { persona: PersonaId; language: Language; result: RubricResult }[]): string {
  const header = ['persona', 'lang', ...rubricChecks.map((c) => c.replace(/_/g, ' ')), 'score'];
  const body = rows.map((row) => [
    row.persona,
    row.language,
    ...rubricChecks.map((check) => (row.result[check] === null ? '–' : row.result[check] ? 'yes' : 'NO')),
    `${Math.round(rubricScore(row.result) * 100)} %`,
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  const mean = rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + rubricScore(row.result), 0) / rows.length;
  const perCheck = rubricChecks
    .map((check) => {
      const applicable = rows.filter((r) => r.result[check] !== null);
      const passed = applicable.filter((r) => r.result[check]).length;
      return `${check} ${passed}/${applicable.length}`;
    })
    .join(', ');
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...body.map(line),
    '',
    `mean ${(mean * 100).toFixed(1)} % (${perCheck})`,
  ].join('\n');
}
