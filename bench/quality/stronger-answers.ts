/**
 * Examples of a stronger answer (#29) that invent a fact: an employer, figure or degree the
 * resume does not contain. Measured on interviews played through the scripted interviewer
 * and reviewed locally: the tuning ones (the fit corpus's fitting cases, with their answers)
 * and the frozen independent ones. Two counts each: the builder's raw examples, and the ones
 * the report shows after the consistency step (which puts placeholders where a raw one fails).
 */
import { examplesFrom, ruleBasedFeedback, speechMetrics } from '@voxly/api/feedback';
import type { Language } from '@voxly/config';
import {
  detectField,
  exampleFindings,
  foldText,
  interviewPlan,
  openingQuestion,
  questionPlan,
  scriptedInterviewerTurn,
  strongerAnswerText,
  type BankQuestion,
} from '@voxly/prompts';
import { fitCaseCorpus, independentInterviews } from '@voxly/prompts/corpus';

interface PlayableInterview {
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  interviewLanguage: Language;
  turns: string[];
}

export interface StrongerAnswerFigures {
  interviews: number;
  examples: number;
  /** Raw examples (before the consistency step) with a fact the resume does not contain. */
  inventedRaw: number;
  /** Examples the report shows with one. */
  inventedShown: number;
  /** Shown examples whose result is a figure from the resume (not a placeholder). */
  withResumeFigure: number;
  /** Shown examples with a planted employer and figure added that the check catches (both): it must catch all. */
  plantedCaught: number;
}

function figuresOf(interviews: PlayableInterview[]): StrongerAnswerFigures {
  const figures: StrongerAnswerFigures = {
    interviews: 0,
    examples: 0,
    inventedRaw: 0,
    inventedShown: 0,
    withResumeFigure: 0,
    plantedCaught: 0,
  };
  for (const interview of interviews) {
    const field = detectField(interview).field;
    const language = interview.interviewLanguage;
    const brief = { ...interview, field, language };
    const transcript: { role: 'agent' | 'user'; content: string }[] = [{ role: 'agent', content: 'Hello.' }];
    for (const turn of interview.turns) {
      transcript.push({ role: 'user', content: turn });
      const reply = scriptedInterviewerTurn(brief, transcript, 'turn', {
        elapsedMs: 60_000 * (transcript.length / 2),
        remainingMs: 600_000,
      });
      transcript.push({ role: 'agent', content: reply.text });
      if (reply.final) break;
    }
    const review = ruleBasedFeedback({
      field,
      language,
      transcript,
      metrics: speechMetrics(transcript, language, 'completed'),
      endReason: 'completed',
      job: interview,
    });
    // The builder's raw examples, for the same questions in the same order.
    const key = (text: string) => foldText(text).slice(0, 60);
    const bank = new Map<string, BankQuestion>(
      [openingQuestion(language), ...interviewPlan(brief).map((p) => p.question), ...questionPlan(field, language)].map((q) => [
        key(q.text),
        q,
      ]),
    );
    const raw = examplesFrom(brief);
    figures.interviews += 1;
    for (const q of review.questions) {
      if (!q.example) continue;
      figures.examples += 1;
      const asked = bank.get(key(q.question));
      if (asked && (raw(asked)?.invented.length ?? 0) > 0) figures.inventedRaw += 1;
      if (exampleFindings(q.example, interview).length > 0) {
        figures.inventedShown += 1;
        console.log(`    invented: ${strongerAnswerText(q.example)}`);
      }
      const planted = { ...q.example, action: `${q.example.action} At Zyxcorp Holdings we shipped 4,321 releases.` };
      const caught = exampleFindings(planted, interview).map((f) => f.kind);
      if (caught.includes('name') && caught.includes('figure')) figures.plantedCaught += 1;
      if (/\d/.test(q.example.result) && !q.example.result.startsWith('[')) figures.withResumeFigure += 1;
    }
  }
  return figures;
}

const line = (name: string, f: StrongerAnswerFigures) =>
  `  ${name}: ${f.examples} examples in ${f.interviews} interviews; with an invented fact ${f.inventedRaw} as built, ${f.inventedShown} as shown; ${f.withResumeFigure} end on a figure from the resume; a planted employer and figure caught in ${f.plantedCaught}`;

/** Prints the figures on both sets; returns them for the verdict line. */
export function strongerAnswerReport(): { tuning: StrongerAnswerFigures; independent: StrongerAnswerFigures } {
  console.log('\nStronger answers (examples built from the resume, local mode)');
  const tuning = figuresOf(
    fitCaseCorpus()
      .filter((c) => c.fits)
      .map((c) => ({ ...c, turns: [...c.answers, ...c.answers] })),
  );
  console.log(line('tuning (fit corpus, fitting cases)', tuning));
  const independent = figuresOf(independentInterviews().map((i) => ({ ...i })));
  console.log(line('independent interviews', independent));
  return { tuning, independent };
}
