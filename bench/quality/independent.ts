/**
 * The judgement measured on sets written by other hands, from a brief, never tuned on
 * (packages/prompts/corpus/independent/README.md), beside the tuning sets of the same
 * shape. These figures are the ones #27 targets; when they differ from the tuning ones,
 * the independent one is the truth.
 */
import { existsSync } from 'node:fs';
import { ruleBasedFeedback, speechMetrics } from '@voxly/api/feedback';
import {
  checkFit,
  detectField,
  foldText,
  interviewPlan,
  reviewAnswer,
  scriptedInterviewerTurn,
  spokenLines,
  tokenize,
  type FieldId,
} from '@voxly/prompts';
import {
  independentFitCases,
  independentGradedAnswers,
  independentInterviews,
  independentPosts,
  independentScenarios,
  independentUtterances,
  labelledActs,
  scoreActs,
  spearman,
  tuningDirectory,
  type IndependentInterview,
} from '@voxly/prompts/corpus';
import { followUpFigures, gradedFollowUps } from './follow-ups.ts';

const languages = ['en', 'es', 'pt'] as const;
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const share = (part: number, whole: number) => `${part}/${whole} (${percent(part / Math.max(1, whole))})`;

export interface IndependentFigures {
  field: number;
  fieldPerLanguage: Record<(typeof languages)[number], number>;
  falseEndings: number;
  mismatchesCaught: number;
  reviewerSpearman: Record<(typeof languages)[number] | 'all', number>;
  meanByGrade: number[];
  repeatAndClarify: number;
  answersMisread: number;
  badInterviewsAtLeanHire: number;
  grounded: number;
  repeatedSentences: number;
  followUpsReferring: number;
}

/** Whether a set of this name was written for tuning (the hand-written tuning sets sit beside the independent ones). */
const hasTuning = (file: string) => existsSync(new URL(file, tuningDirectory));

function fieldFigures(name: string, directory?: URL) {
  const posts = independentPosts(directory);
  const outcomes = posts.map((post) => ({ post, detected: detectField({ jobTitle: post.title, jobDescription: post.description }).field }));
  const right = (list: typeof outcomes) => list.filter((o) => o.detected === o.post.field).length / Math.max(1, list.length);
  const perLanguage = Object.fromEntries(languages.map((l) => [l, right(outcomes.filter((o) => o.post.language === l))])) as Record<
    (typeof languages)[number],
    number
  >;
  console.log(
    `  field, ${name}: ${percent(right(outcomes))} of ${posts.length} posts; ${languages.map((l) => `${l} ${percent(perLanguage[l])}`).join(', ')}`,
  );
  const confusions = new Map<string, number>();
  for (const o of outcomes.filter((x) => x.detected !== x.post.field)) {
    const key = `${o.post.field} → ${o.detected}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
  }
  console.log(`    confusions by family: ${[...confusions].map(([key, n]) => `${key} ×${n}`).join('; ') || 'none'}`);
  return { field: right(outcomes), fieldPerLanguage: perLanguage };
}

function fitFigures(name: string, directory?: URL) {
  const cases = independentFitCases(directory);
  const outcomes = cases.map((c) => ({ c, verdict: checkFit({ ...c, language: c.interviewLanguage }) }));
  const fitting = outcomes.filter((o) => o.c.fits);
  const falseEndings = fitting.filter((o) => !o.verdict.fits);
  const mismatches = outcomes.filter((o) => !o.c.fits);
  const caught = mismatches.filter((o) => !o.verdict.fits);
  console.log(
    `  fit, ${name}: ${falseEndings.length} false endings of ${fitting.length} fitting; ${share(caught.length, mismatches.length)} clear mismatches caught; ${languages
      .map((l) => `${l} ${falseEndings.filter((o) => o.c.language === l).length} false endings`)
      .join(', ')}`,
  );
  const kinds = new Map<string, number>();
  for (const o of falseEndings) kinds.set(o.c.kind, (kinds.get(o.c.kind) ?? 0) + 1);
  if (falseEndings.length) console.log(`    false endings by kind: ${[...kinds].map(([k, n]) => `${k} ×${n}`).join('; ')}`);
  return { falseEndings: falseEndings.length, mismatchesCaught: caught.length / Math.max(1, mismatches.length) };
}

function reviewerFigures(name: string, directory?: URL) {
  const answers = independentGradedAnswers(directory);
  const scored = answers.map((a) => ({
    a,
    score: reviewAnswer({ question: a.question, jobTitle: a.jobTitle, jobDescription: '', answer: a.answer, language: a.interviewLanguage })
      .score,
  }));
  const rho = (list: typeof scored) =>
    spearman(
      list.map((s) => s.score),
      list.map((s) => s.a.grade),
    );
  const reviewerSpearman = {
    all: rho(scored),
    ...Object.fromEntries(languages.map((l) => [l, rho(scored.filter((s) => s.a.language === l))])),
  } as IndependentFigures['reviewerSpearman'];
  const meanByGrade = [1, 2, 3, 4, 5].map((grade) => {
    const of = scored.filter((s) => s.a.grade === grade);
    return of.reduce((sum, s) => sum + s.score, 0) / Math.max(1, of.length);
  });
  console.log(
    `  reviewer, ${name}: Spearman ${reviewerSpearman.all.toFixed(2)} (${languages.map((l) => `${l} ${reviewerSpearman[l].toFixed(2)}`).join(', ')}) on ${answers.length} answers; mean score by grade ${meanByGrade
      .map((m, i) => `${i + 1}→${m.toFixed(2)}`)
      .join(' ')}`,
  );
  const families = new Map<string, number[]>();
  for (const s of scored) families.set(s.a.family, [...(families.get(s.a.family) ?? []), s.score - s.a.grade]);
  console.log(
    `    score minus grade by family: ${[...families]
      .map(([family, gaps]) => `${family} ${(gaps.reduce((x, y) => x + y, 0) / gaps.length).toFixed(2)}`)
      .join('; ')}`,
  );
  return { reviewerSpearman, meanByGrade };
}

function actFigures(name: string, directory?: URL) {
  const score = scoreActs(independentUtterances(directory));
  const parts = labelledActs.map((act) => {
    const p = score.perAct[act];
    return `${act} ${p.recognised}/${p.labelled}${p.falselyTaken ? ` (+${p.falselyTaken} wrongly)` : ''}`;
  });
  console.log(`  dialog acts, ${name}: ${parts.join('; ')}; answers misread ${score.answersMisread}`);
  const requests = score.perAct.repeat_request.recognised + score.perAct.clarification_request.recognised;
  const requested = score.perAct.repeat_request.labelled + score.perAct.clarification_request.labelled;
  return { repeatAndClarify: requests / Math.max(1, requested), answersMisread: score.answersMisread };
}

/** The scripted interviewer played through an interview's turns, then the local review of it. */
function playInterview(interview: IndependentInterview) {
  const field: FieldId = detectField(interview).field;
  const brief = { ...interview, field, language: interview.interviewLanguage };
  const transcript: { role: 'agent' | 'user'; content: string }[] = [{ role: 'agent', content: 'Hello.' }];
  for (const turn of interview.turns) {
    transcript.push({ role: 'user', content: turn });
    const reply = scriptedInterviewerTurn(brief, transcript, 'turn', { elapsedMs: 60_000 * (transcript.length / 2), remainingMs: 600_000 });
    transcript.push({ role: 'agent', content: reply.text });
    if (reply.final) break;
  }
  const metrics = speechMetrics(transcript, interview.interviewLanguage, 'completed');
  const review = ruleBasedFeedback({
    field,
    language: interview.interviewLanguage,
    transcript,
    metrics,
    endReason: 'completed',
    job: interview,
  });
  // The question said again because the candidate asked for it (it opens with a repeat lead) is what was asked, not a repeat.
  const leads = spokenLines[interview.interviewLanguage].repeatLeads;
  const sentences = transcript
    .filter((t) => t.role === 'agent' && !leads.some((lead) => t.content.startsWith(lead)))
    .flatMap((t) => t.content.split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 12);
  const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i).length;
  return { review, repeated, followUps: followUpFigures(transcript, interview.interviewLanguage) };
}

function interviewFigures(label: string, directory?: URL) {
  const interviews = independentInterviews(directory);
  const bad = new Set(['off_topic', 'non_answers', 'answers_other_questions']);
  const rank = ['no_hire', 'lean_no_hire', 'lean_hire', 'hire', 'strong_hire'];
  let badAtLeanHire = 0;
  let repeatedSentences = 0;
  let followUps = 0;
  let referring = 0;
  const byCandidate = new Map<string, number[]>();
  for (const interview of interviews) {
    const { review, repeated, followUps: probed } = playInterview(interview);
    repeatedSentences += repeated;
    followUps += probed.followUps;
    referring += probed.referring;
    byCandidate.set(interview.candidate, [...(byCandidate.get(interview.candidate) ?? []), review.overallScore]);
    if (bad.has(interview.candidate) && rank.indexOf(review.verdict) >= rank.indexOf('lean_hire')) badAtLeanHire += 1;
  }
  console.log(
    `  interviews, ${label}: ${interviews.length} played; off-topic / non-answer / other-question interviews at "Lean hire" or above: ${badAtLeanHire}; repeated interviewer sentences: ${repeatedSentences}`,
  );
  console.log(
    `    mean overall score by candidate: ${[...byCandidate]
      .map(([candidate, scores]) => `${candidate} ${Math.round(scores.reduce((x, y) => x + y, 0) / scores.length)}`)
      .join('; ')}`,
  );
  console.log(`    follow-ups that refer to the answer (a name, a figure or two words of it in a row): ${share(referring, followUps)}`);
  return { badInterviewsAtLeanHire: badAtLeanHire, repeatedSentences, followUpsReferring: referring / Math.max(1, followUps) };
}

/** Folded words of a text, in order. */
const wordsOf = (text: string) => tokenize(foldText(text));

/**
 * Whether a question names a labelled phrase: the whole phrase, or a run of its words that
 * identifies it (two words in a row, or one written name such as "QGIS" or "GA4").
 */
function names(question: string, phrase: string): { whole: boolean; core: boolean } {
  const q = ` ${wordsOf(question).join(' ')} `;
  const words = wordsOf(phrase);
  if (q.includes(` ${words.join(' ')} `)) return { whole: true, core: true };
  const writtenNames = phrase
    .split(/\s+/)
    .filter((w) => /^\p{Lu}{2,}|\d/u.test(w) || /[+#]/.test(w))
    .map((w) => wordsOf(w).join(' '));
  const pairs = words
    .slice(1)
    .map((w, i) => `${words[i]} ${w}`)
    .filter((pair) => pair.split(' ').every((w) => w.length > 2));
  const core = [...writtenNames, ...pairs].some((run) => run && q.includes(` ${run} `));
  return { whole: false, core };
}

function groundingFigures(name: string, directory?: URL) {
  const scenarios = independentScenarios(directory);
  let questions = 0;
  let whole = 0;
  let core = 0;
  for (const scenario of scenarios) {
    const field = detectField(scenario).field;
    const brief = { ...scenario, field, language: scenario.interviewLanguage };
    const plan = interviewPlan(brief);
    const phrases = [...scenario.mustHaves, ...scenario.resumeClaims];
    const transcript: { role: 'agent' | 'user'; content: string }[] = [{ role: 'agent', content: 'Hello.' }];
    const answer =
      'I handled that at my last job: I planned the work, did it myself with the team, and we measured the result afterwards, which improved by about a fifth.';
    for (let turn = 0; turn < 12; turn += 1) {
      transcript.push({ role: 'user', content: answer });
      const reply = scriptedInterviewerTurn(brief, transcript, 'turn');
      transcript.push({ role: 'agent', content: reply.text });
      // The interviewer's questions: the plan's, as asked (not its follow-ups or the closing invitation).
      const asked = plan.find((p) => reply.text.includes(p.line));
      if (asked) {
        questions += 1;
        const named = phrases.map((phrase) => names(asked.line, phrase));
        if (named.some((n) => n.whole)) whole += 1;
        if (named.some((n) => n.core)) core += 1;
      }
      if (reply.final) break;
    }
  }
  console.log(
    `  grounding, ${name}: of ${questions} questions asked in ${scenarios.length} scenarios, ${share(core, questions)} name a labelled must-have or resume claim (${share(whole, questions)} the whole phrase word for word)`,
  );
  return { grounded: core / Math.max(1, questions) };
}

/** Prints every independent figure, and the tuning acts beside them; returns the figures for the verdict lines. */
export function independentReport(): IndependentFigures {
  console.log('\nIndependent sets (written from a brief by hands that never saw the code; never tuned on)');
  // The hand-written tuning sets are fitted on (the field model trains on its posts, the reviewer's weights on its answers):
  // their figures are in-sample; the independent ones are the truth.
  if (hasTuning('job-posts.jsonl')) fieldFigures('tuning, trained on', tuningDirectory);
  const field = fieldFigures('independent');
  if (hasTuning('fit-cases.jsonl')) fitFigures('tuning', tuningDirectory);
  const fit = fitFigures('independent');
  if (hasTuning('graded-answers.jsonl')) reviewerFigures('tuning, calibrated on', tuningDirectory);
  const reviewer = reviewerFigures('independent');
  actFigures('tuning', tuningDirectory);
  const acts = actFigures('independent');
  if (hasTuning('interviews.jsonl')) interviewFigures('tuning', tuningDirectory);
  const interviews = interviewFigures('independent');
  const followUpLine = (name: string, directory?: URL) => {
    const { followUps, referring } = gradedFollowUps(independentGradedAnswers(directory));
    console.log(`  follow-ups after the graded answers, ${name}, that refer to the answer: ${share(referring, followUps)}`);
  };
  if (hasTuning('graded-answers.jsonl')) followUpLine('tuning', tuningDirectory);
  followUpLine('independent');
  if (hasTuning('grounding-scenarios.jsonl')) groundingFigures('tuning', tuningDirectory);
  const grounding = groundingFigures('independent');
  return { ...field, ...fit, ...reviewer, ...acts, ...interviews, ...grounding };
}
