import type { Language } from '@voxly/config';
import type { TranscriptTurn } from '../src/congruency-prompt.ts';
import { detectField } from '../src/field-detection/detect-field.ts';
import { functionWords } from '../src/field-detection/text-language.ts';
import { foldText, tokenize } from '../src/fold-text.ts';
import { interviewPlan } from '../src/interview-plan.ts';
import { questionPlan } from '../src/question-bank.ts';
import { scriptedInterviewerTurn } from '../src/scripted-interviewer.ts';
import { spokenLines } from '../src/spoken-lines.ts';
import { fitCaseCorpus, type FitCase } from './fit-case-corpus.ts';
import type { CorpusLanguage } from './job-post-corpus.ts';

/** Answers a candidate gives that an interviewer must handle, per language. */
const moves: Record<Language, { offTopic: string; question: string; dontKnow: string }> = {
  en: {
    offTopic: 'Last weekend I went to a basketball game with my cousins and afterwards we had pizza downtown until late at night.',
    question: 'Sorry, before I go on: what tools does the team use day to day?',
    dontKnow: "I don't know, to be honest.",
  },
  es: {
    offTopic: 'El fin de semana pasado fui a un partido de baloncesto con mis primos y después comimos pizza en el centro hasta muy tarde.',
    question: 'Perdón, antes de seguir: ¿qué herramientas usa el equipo en el día a día?',
    dontKnow: 'No lo sé, la verdad.',
  },
  'pt-BR': {
    offTopic: 'No fim de semana passado fui a um jogo de basquete com meus primos e depois comemos pizza no centro até tarde da noite.',
    question: 'Desculpe, antes de continuar: quais ferramentas o time usa no dia a dia?',
    dontKnow: 'Não sei, para ser sincero.',
  },
};

export interface InterviewerScore {
  interviews: number;
  questions: number;
  grounded: number;
  offTopic: number;
  redirected: number;
  candidateQuestions: number;
  answered: number;
  repeated: number;
}

function words(text: string, language: CorpusLanguage): Set<string> {
  const stops = functionWords[language];
  return new Set(tokenize(foldText(text)).filter((token) => token.length > 2 && !stops.has(token)));
}

/**
 * Plays the scripted interviewer through each fitting case of the fit corpus (the job, the
 * resume, the background's answers, with an off-topic answer, a question back and an "I
 * don't know" mixed in) and counts what a good interviewer would: questions that name a
 * term of the posting or the resume, off-topic answers redirected, candidate questions
 * answered or deferred, bank questions asked twice.
 */
export function evaluateInterviewer(cases: FitCase[] = fitCaseCorpus()): Record<CorpusLanguage, InterviewerScore> {
  const scores = {} as Record<CorpusLanguage, InterviewerScore>;
  for (const language of ['en', 'es', 'pt'] as const) {
    const score: InterviewerScore = {
      interviews: 0,
      questions: 0,
      grounded: 0,
      offTopic: 0,
      redirected: 0,
      candidateQuestions: 0,
      answered: 0,
      repeated: 0,
    };
    const mine = cases.filter((c) => c.language === language && c.fits && !c.background.includes('('));
    for (const c of mine) {
      const lines = spokenLines[c.interviewLanguage];
      const brief = { ...c, field: detectField(c).field, language: c.interviewLanguage };
      // The interviewer's own words: every fixed line, every wording of a must-have question, every bank question.
      const wordings = (['tool', 'credential', 'task'] as const).flatMap((kind) =>
        [true, false].flatMap((onResume) => [0, 1, 2].map((variant) => lines.askAbout('', kind, onResume, variant))),
      );
      const template = words(
        [
          ...Object.values(lines).filter((v): v is string => typeof v === 'string'),
          ...wordings,
          ...questionPlan(brief.field, brief.language).map((q) => q.text),
        ].join(' '),
        language,
      );
      const bank = interviewPlan(brief).map((p) => p.question);
      const documents = words(`${c.jobDescription}\n${c.resumeText}`, language);
      const { offTopic, question, dontKnow } = moves[c.interviewLanguage];
      const script = [
        c.answers[0] ?? '',
        offTopic,
        c.answers[1] ?? c.answers[0] ?? '',
        question,
        dontKnow,
        ...c.answers,
        ...c.answers,
        ...c.answers,
      ];
      const transcript: TranscriptTurn[] = [{ role: 'agent', content: 'Hi.' }];
      score.interviews += 1;
      for (const answer of script) {
        transcript.push({ role: 'user', content: answer });
        const reply = scriptedInterviewerTurn(brief, transcript, 'turn');
        transcript.push({ role: 'agent', content: reply.text });
        if (answer === offTopic) {
          score.offTopic += 1;
          if (lines.redirects.some((line) => reply.text.startsWith(line))) score.redirected += 1;
        }
        if (answer === question) {
          score.candidateQuestions += 1;
          if (reply.text.includes(lines.answerFromJob('').trim()) || reply.text.includes(lines.deferQuestion)) score.answered += 1;
        }
        const asked = bank.find((q) => reply.text.includes(q.text));
        if (asked && !lines.redirects.some((line) => reply.text.startsWith(line)) && !reply.text.includes(lines.backToQuestion)) {
          score.questions += 1;
          // Grounded: the question names something of the posting or the resume, beyond the interviewer's own words.
          if ([...words(asked.text, language)].some((word) => !template.has(word) && documents.has(word))) score.grounded += 1;
          const earlier = transcript.slice(0, -1).filter((t) => t.role === 'agent' && t.content.includes(asked.text));
          if (earlier.some((t) => !lines.redirects.some((line) => t.content.startsWith(line)))) score.repeated += 1;
        }
        if (reply.final) break;
      }
    }
    scores[language] = score;
  }
  return scores;
}
