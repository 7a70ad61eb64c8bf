import type { Language, Seniority, SessionKind, WeakSpotFocus } from '@voxly/config';
import type { FieldId } from './fields.ts';
import { foldText, tokenize } from './fold-text.ts';
import { postingNeeds, requirementPhrases, type RequirementPhrase } from './listening/requirement-phrases.ts';
import { resumeClaims } from './listening/resume-claims.ts';
import { questionPlan, seniorityQuestion, type BankQuestion } from './question-bank.ts';
import { spokenLines } from './spoken-lines.ts';
import { leadWithWeakSpots } from './weak-spot-plan.ts';

export interface PlannedQuestion {
  question: BankQuestion;
  /** What the interviewer says to ask it. */
  line: string;
  /** What is kept when time runs short: the must-haves, then the behavioural story. */
  weight: number;
  /** The must-have a question asks about by name: not asked once the candidate has said they never used it. */
  about?: string;
}

export interface PlanBrief {
  field: FieldId;
  language: Language;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  /** The session's kind and level (absent: mixed, mid, the plan every interview had before the choice). */
  kind?: SessionKind;
  seniority?: Seniority;
  /** What the last report found hard, when the candidate asked to focus on it: the plan leads with it. */
  focus?: WeakSpotFocus | null;
}

/** How many of the posting's must-haves the plan asks about by name, at most. */
const MUST_HAVE_QUESTIONS = 5;

/** A question about a qualification the posting asks for (a licence, a certificate): asked as a must-have, measuring fit with the role. */
export function isCredentialQuestion(question: Pick<BankQuestion, 'id' | 'competency'>): boolean {
  return question.id.startsWith('must-have-') && question.competency === 'role_fit';
}

function mustHaveQuestion(requirement: RequirementPhrase, index: number, variant: number, language: Language): PlannedQuestion {
  const text = spokenLines[language].askAbout(requirement.phrase, requirement.kind, requirement.onResume, variant);
  return {
    // The fourth must-have stands in for the problem-solving question it displaces.
    question: {
      id: `must-have-${index + 1}`,
      competency: requirement.kind === 'credential' ? 'role_fit' : index === 3 ? 'problem_solving' : 'technical_depth',
      text,
    },
    line: text,
    // The first must-haves are what the role turns on; kept with the behavioural story when time runs short.
    weight: index < 2 ? 3 : 2,
    about: requirement.phrase,
  };
}

/** The first letters of a text's longer words: "samples" and "sampling" alike. */
const wordRoots = (text: string) => tokenize(foldText(text)).flatMap((word) => (word.length > 3 ? [word.slice(0, 5)] : []));

/** Whether a quoted resume line already asks about a must-have: most of its longer words are there. */
function covers(claim: string, phrase: string): boolean {
  const roots = new Set(wordRoots(claim));
  const wanted = wordRoots(phrase);
  return wanted.length > 0 && wanted.filter((root) => roots.has(root)).length >= Math.ceil(wanted.length * 0.6);
}

/**
 * The interview's questions, in order: the posting's must-haves asked by name (those the
 * resume shows as the candidate's own experience), woven with the bank's behavioural,
 * problem-solving, communication and motivation questions; where the posting names fewer
 * must-haves, the field's own technical questions fill in. The same plan drives the local
 * interviewer and the review of its transcript. Pure.
 */
export function interviewPlan(brief: PlanBrief): PlannedQuestion[] {
  const bank = questionPlan(brief.field, brief.language);
  const asked = (question: BankQuestion, weight: number): PlannedQuestion => ({ question, line: question.text, weight });
  const storyAsked = bank.find((q) => q.competency === 'behavioural');
  const conflictAsked = bank.find((q) => q.competency === 'communication');
  const motivation = bank.find((q) => q.competency === 'role_fit');
  const solving = bank.find((q) => q.competency === 'problem_solving');
  const technical = bank.filter((q) => q.competency === 'technical_depth');
  const lines = spokenLines[brief.language];
  // The story and the disagreement are asked about the resume lines that best meet the posting, in their own words;
  // without them, about a must-have by name.
  const [claim, ...moreClaims] = resumeClaims(brief.resumeText, postingNeeds(brief.jobDescription));
  // The second only when it plainly meets one (two telling words shared): one word in common may be chance.
  const otherClaim = moreClaims.find((c) => c.shared >= 2);
  const quoted = [claim, otherClaim].flatMap((c) => (c ? [c.claim] : []));
  // More than are asked by name: the story and the disagreement may be asked about them, and what a quoted claim
  // already asks about is asked again by name only when the posting names too few other things.
  const all = requirementPhrases(brief, MUST_HAVE_QUESTIONS + 4);
  const isQuoted = (r: RequirementPhrase) => quoted.some((q) => covers(q, r.phrase));
  const found = [...all.filter((r) => !isQuoted(r)), ...all.filter(isQuoted)];
  const requirements = found.slice(0, MUST_HAVE_QUESTIONS);
  // A third claim that plainly meets a must-have the questions by name leave out stands in for the last must-have question.
  const byName = requirements.slice(0, MUST_HAVE_QUESTIONS - 1).map((r) => r.phrase);
  const thirdClaim = moreClaims.find((c) => c !== otherClaim && c.shared >= 2 && !byName.some((phrase) => c.meets.includes(phrase)));
  const kind = brief.kind ?? 'mixed';
  // A must-have asked by name is not asked again as the story's or the disagreement's topic ("what experience do you
  // have with Yardi?", then "the most difficult problem in work close to Yardi"): one topic, one question.
  const askedByName =
    kind === 'behavioural' ? requirements.slice(0, 1) : requirements.slice(0, thirdClaim ? MUST_HAVE_QUESTIONS - 1 : MUST_HAVE_QUESTIONS);
  const anchors = [...found.slice(MUST_HAVE_QUESTIONS), ...found.filter((r) => r.onResume), ...found].filter(
    (r) => !askedByName.includes(r),
  );
  const storyAnchor = anchors.find((r) => r.kind !== 'credential');
  const conflictAnchor = anchors.find((r) => r.kind !== 'credential' && r !== storyAnchor);
  const anchored = (question: BankQuestion | undefined, text: string | undefined): BankQuestion | undefined =>
    question && text ? { ...question, text } : question;
  const story = anchored(
    storyAsked,
    claim ? lines.storyAboutClaim(claim.claim) : storyAnchor && lines.storyAbout(storyAnchor.phrase, storyAnchor.onResume),
  );
  // A story asked about a claim leaves its must-have free for the disagreement.
  const disagreementAnchor = claim ? storyAnchor : conflictAnchor;
  const conflict = anchored(
    conflictAsked,
    otherClaim ? lines.disagreementAboutClaim(otherClaim.claim) : disagreementAnchor && lines.disagreementAbout(disagreementAnchor.phrase),
  );
  // Two must-haves of one kind are asked in different words: the n-th of its kind gets the n-th wording.
  const musts = requirements.map((r, i) =>
    mustHaveQuestion(r, i, requirements.slice(0, i).filter((o) => o.kind === r.kind && o.onResume === r.onResume).length, brief.language),
  );
  // Must-haves first; where there are too few, the field's technical and problem-solving questions fill in.
  const depth = [...musts.slice(0, 3), ...technical.map((q) => asked(q, 1))];
  const solvingSlot = musts[3] ?? (solving && asked(solving, 1));
  const lastMust: PlannedQuestion | undefined = thirdClaim
    ? {
        question: { id: 'resume-claim', competency: 'technical_depth', text: lines.askAboutClaim(thirdClaim.claim) },
        line: lines.askAboutClaim(thirdClaim.claim),
        weight: 2,
      }
    : musts[4];
  const level = seniorityQuestion(brief.seniority ?? 'mid', brief.language);
  const levelSlot = level && asked(level, 2);
  // A technical interview asks no stories; a behavioural one asks stories first and keeps the first must-have, so it stays about this job.
  const slots: (PlannedQuestion | undefined)[] =
    kind === 'technical'
      ? [depth[0], depth[1], depth[2], solvingSlot, depth[3], lastMust, motivation && asked(motivation, 1)]
      : kind === 'behavioural'
        ? [
            story && asked(story, 3),
            levelSlot,
            depth[0],
            conflict && asked(conflict, 2),
            solving && asked(solving, 1),
            motivation && asked(motivation, 1),
          ]
        : [
            depth[0],
            depth[1],
            story && asked(story, 3),
            levelSlot,
            depth[2],
            solvingSlot,
            conflict && asked(conflict, 1),
            lastMust,
            motivation && asked(motivation, 1),
          ];
  const plan = slots.filter((slot): slot is PlannedQuestion => slot !== undefined);
  const unique = plan.filter((item, index) => plan.findIndex((other) => other.question.id === item.question.id) === index);
  return brief.focus ? leadWithWeakSpots(unique, brief.focus) : unique;
}
