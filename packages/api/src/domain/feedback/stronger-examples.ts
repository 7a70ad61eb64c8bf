import type { Language } from '@voxly/config';
import {
  checkedExample,
  exampleFindings,
  foldText,
  requirementPhrases,
  strongerAnswer,
  tokenize,
  type BankQuestion,
  type FieldId,
} from '@voxly/prompts';
import type { FeedbackContent } from './feedback-content.ts';

interface ExampleBrief {
  field: FieldId;
  language: Language;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
}

/** The plan's must-haves, as many as it asks about by name (interviewPlan's MUST_HAVE_QUESTIONS). */
const MUST_HAVES = 5;

/**
 * Each question's example of a stronger answer, from the resume's facts and the requirement
 * the question is about: a must-have question's own, otherwise the posting's must-have
 * sharing most words with it, otherwise the job title. Each question gets its own resume
 * story while the resume has enough. None without a resume.
 */
export function examplesFrom(brief: ExampleBrief) {
  // A few more than are asked by name: the plan may ask a later one by name when a quoted resume line covers an earlier one.
  const found = brief.resumeText.trim() ? requirementPhrases(brief, MUST_HAVES + 4) : [];
  const requirements = found.slice(0, MUST_HAVES);
  const used = new Set<number>();
  return (question: BankQuestion) => {
    if (!brief.resumeText.trim()) return undefined;
    const mustHave = /^must-have-(\d+)$/.exec(question.id);
    const folded = new Set(tokenize(foldText(question.text)));
    const shared = (phrase: string) => tokenize(foldText(phrase)).filter((w) => w.length > 2 && folded.has(w)).length;
    const closest = [...requirements].sort((a, b) => shared(b.phrase) - shared(a.phrase))[0];
    // A must-have question's own: the phrase it names, else the one at its place.
    const requirement =
      (mustHave && (found.find((r) => question.text.includes(r.phrase))?.phrase ?? requirements[Number(mustHave[1]) - 1]?.phrase)) ||
      (closest && shared(closest.phrase) > 0 ? closest.phrase : brief.jobTitle.trim() || (requirements[0]?.phrase ?? ''));
    if (!requirement) return undefined;
    const built = strongerAnswer({ question: question.text, language: brief.language, resumeText: brief.resumeText, requirement, used });
    if (built.story !== null) used.add(built.story);
    // The builder only copies the resume, but its output passes the same check as a model's: what fails is shown as placeholders.
    const invented = exampleFindings(built.answer, brief);
    const answer = invented.length
      ? strongerAnswer({ question: question.text, language: brief.language, resumeText: '', requirement }).answer
      : built.answer;
    return { answer, invented };
  };
}

/**
 * A model's review with every example passed through the same consistency step as the
 * local ones: an example naming a figure, organisation or degree the resume does not
 * contain is replaced by the one built from the resume; a question the model gave none
 * gets the local one. Pure.
 */
export function withCheckedExamples(content: FeedbackContent, brief: ExampleBrief): { content: FeedbackContent; replaced: number } {
  const local = examplesFrom(brief);
  let replaced = 0;
  const questions = content.questions.map((q, i) => {
    const own = local({ id: `asked-${i + 1}`, competency: 'technical_depth', text: q.question });
    if (!own) {
      // No resume: nothing an example could be built from or checked against.
      const { example: _dropped, ...rest } = q;
      return rest;
    }
    const checked = checkedExample(q.example, own.answer, brief);
    if (checked.replaced) replaced += 1;
    return { ...q, example: checked.example };
  });
  return { content: { ...content, questions }, replaced };
}
