import type { Language } from '@voxly/config';
import { dontKnow, textLanguageOf } from '../answers/answer-vocabulary.ts';
import { languageCounts } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { checkOfQuestion } from './checking-understanding.ts';
import { endsAskingAgain } from './closing-request.ts';
import type { DialogAct } from './dialog-act-kinds.ts';
import { isLeaving } from './leaving.ts';
import { louderLanguage } from './louder-language.ts';
import { echoAskingBack, missedQuestion, workBesidesHearing } from './missed-question.ts';
import { saysNotKnowing } from './not-knowing.ts';
import { ownQuestionsBeforeGoodbye } from './own-questions.ts';
import { readingsOffered } from './readings-offered.ts';
import { roleTopicsOf, weakRoleTopics, type RoleTopic } from './role-topics.ts';
import { asksScope } from './scope-question.ts';
import { overrideOfAnswer, type ModelledAct, type TurnActModel } from './turn-act-classifier.ts';
import { turnActModel } from './turn-act-model.ts';
import {
  aboutTheCall,
  aboutTheMeeting,
  aboutTheQuestion,
  bareRepeat,
  blankMind,
  clarifyCues,
  closingCues,
  cued,
  echoed,
  echoedWhat,
  isQuestion,
  leisureSaid,
  notKnowingCues,
  offersAlternatives,
  repeatCues,
  rephraseCues,
  restAfter,
  skipRequest,
  termMeaningCues,
  whichReading,
  workSaid,
} from './turn-cues.ts';
import { turnFeatures } from './turn-features.ts';
import { unmarkedRoleQuestion } from './unmarked-role-question.ts';

export type { DialogAct } from './dialog-act-kinds.ts';

export interface DialogActReading {
  act: DialogAct;
  words: number;
  /** For a `role_question`: what it asks about (none when that is not clear). */
  topics?: RoleTopic[];
}

/**
 * The act of a candidate's turn, after `question` (what the interviewer just said). `language`
 * is the interview's; the reading works on the folded text (lower case, no accents), so a
 * speech recogniser's missing punctuation or accents do not change it — except that a
 * question mark helps tell a question back. The rules speak first; a turn they take for an
 * answer goes to the trained reader, which overrides only when sure.
 */
export function readDialogAct(utterance: string, language: Language, question = ''): DialogActReading {
  const folded = foldedTurn(utterance);
  const byRules = readDialogActByRules(folded, language, foldText(question));
  // Checking what the question or one of its words means, with nothing answered yet: a request to clarify. Said back in so
  // many words, it is about the question even where the rules heard the role's schedule or nothing of the job.
  const check = checkOfQuestion(folded, textLanguageOf[language]);
  if (check && (byRules.act === 'answer' || (check.saysItBack && (byRules.act === 'role_question' || byRules.act === 'off_topic'))))
    return { act: 'clarification_request', words: byRules.words };
  // Talk about the call or oneself that ends asking for the question again: the request is what needs a reply.
  const asidesFirst = byRules.act === 'answer' || byRules.act === 'off_topic' || byRules.act === 'dont_know';
  if (asidesFirst && endsAskingAgain(folded, textLanguageOf[language])) return { act: 'repeat_request', words: byRules.words };
  // Asking which example the question wants ("a specific patient or in general?", "vale um que fiz como freela?"): nothing told yet.
  if (
    (byRules.act === 'answer' || byRules.act === 'role_question' || byRules.act === 'off_topic') &&
    asksScope(folded, textLanguageOf[language])
  )
    return { act: 'clarification_request', words: byRules.words };
  if (byRules.act !== 'answer') return byRules;
  // The candidate's own questions with a goodbye after them: questions about the role, read before the trained reader.
  const asked = ownQuestionsBeforeGoodbye(folded, textLanguageOf[language]);
  if (asked) return { act: 'role_question', words: byRules.words, topics: asked };
  // A question about the role the recogniser wrote without its mark: "real quick is this a home every night thing or…".
  // Never in another of our languages: that is the language check's to read.
  const unmarked =
    louderLanguage(languageCounts(folded), textLanguageOf[language]) === undefined
      ? unmarkedRoleQuestion(folded, textLanguageOf[language])
      : undefined;
  if (unmarked) return { act: 'role_question', words: byRules.words, topics: unmarked };
  // Not knowing in the words people put around it, or not having done it as its reason: "eso no lo he hecho y no quiero inventarle".
  if (saysNotKnowing(folded, textLanguageOf[language])) return { act: 'dont_know', words: byRules.words };
  // The candidate leaving, with a reason, thanks and a goodbye: a goodbye, not an answer.
  if (isLeaving(folded)) return { act: 'thanks_closing', words: byRules.words };
  // What the rules call a short answer, the trained reader may know better: "I was wondering if you could say that once more".
  const act = modelReading(turnActModel, folded, language, foldText(question), byRules.words);
  if (act === 'answer') return byRules;
  return act === 'role_question' ? { act, words: byRules.words, topics: roleTopicsOf(folded) } : { act, words: byRules.words };
}

/**
 * What the trained reader takes a turn the rules read as an answer for (folded turn and question).
 * Never a turn in another of our languages (the language check's to read), and a request only
 * where the turn asks something or carries a request's cue, or else tells no work and does not
 * say the question's words back: "I built some stuff" and "Era um bug" answer it, thinly.
 */
export function modelReading(model: TurnActModel, folded: string, language: Language, question: string, words: number): ModelledAct {
  const lang = textLanguageOf[language];
  if (words > model.maxWords || louderLanguage(languageCounts(folded), lang) !== undefined) return 'answer';
  const features = turnFeatures(folded, question, lang);
  const act = overrideOfAnswer(model, features, words);
  if (act !== 'repeat_request' && act !== 'clarification_request') return act;
  const asks =
    isQuestion(folded, lang) ||
    bareRepeat.test(folded.replace(/[¿¡]/g, '')) ||
    [repeatCues, clarifyCues, rephraseCues].some((cues) => cued(cues, folded, lang)) ||
    missedQuestion(folded, lang) ||
    echoAskingBack(folded);
  // A statement that tells work, or says the question's own words back without asking, answers it.
  const saysQuestionBack = features.has('echo:half') || features.has('echo:most');
  return asks || (!workSaid(folded, lang) && !saysQuestionBack) ? act : 'answer';
}

/** Words of a story of work before a question back that make the turn an answer with a question after it. */
const ANSWER_BEFORE_QUESTION_WORDS = 12;

/** A turn as the readers see it: folded, one kind of apostrophe, single spaces. */
export function foldedTurn(utterance: string): string {
  return foldText(utterance).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The act by the hand-written rules alone, each needing a clear cue: what the trained reader
 * is fitted on top of (`npm run train:turns`).
 */
export function readDialogActByRules(folded: string, language: Language, question = ''): DialogActReading {
  const words = tokenize(folded).length;
  if (words === 0) return { act: 'empty', words };
  const lang = textLanguageOf[language];
  if (bareRepeat.test(folded.replace(/^[¿¡]/, ''))) return { act: 'repeat_request', words };
  // What a word of the question means, however it is apologised for: "picking, perdón, no conozco esa palabra".
  if (words <= 15 && cued(termMeaningCues, folded, lang) && !workSaid(folded, lang)) return { act: 'clarification_request', words };
  // "Can you say it in plainer words?" asks for other words, not the same ones again.
  if (words <= 30 && cued(rephraseCues, folded, lang)) return { act: 'clarification_request', words };
  // Requests about the question are short: a long turn that starts "sorry, I didn't catch it, but…" goes on to answer.
  if (words <= 30 && cued(repeatCues, folded, lang) && restAfter(repeatCues, folded, lang) <= (isQuestion(folded, lang) ? 8 : 6))
    return { act: 'repeat_request', words };
  // "Sorry, what? My kid just walked in": a bare "what?" opening a short turn.
  // A fragment of the question echoed back, with "what?" or alone: "the last bit of what", "biggest achievement?".
  if (words <= 5 && !workSaid(folded, lang) && (echoedWhat.test(folded) || echoed(folded, question, lang)))
    return { act: 'repeat_request', words };
  const firstSentence = folded.split(/(?<=[.!?])\s+/)[0] ?? '';
  if (words <= 12 && firstSentence !== folded && bareRepeat.test(firstSentence.replace(/[¿¡]/g, '')))
    return { act: 'repeat_request', words };
  // "You cut out there, I heard three urgent shipments and then it went robotic, sorry, it's my building's internet":
  // saying the question did not get through, however much is said about why, as long as no work is told.
  const workTold = workSaid(folded, lang);
  if (words <= 45 && !/\d/.test(folded) && missedQuestion(folded, lang) && !workBesidesHearing(folded, lang))
    return { act: 'repeat_request', words };
  // "In terms of what exactly?" asks what the question means: clarification, read below.
  // Up to eight words, a verb is the question's own said back ("se eu já usei o quê?"), not work told.
  if ((words <= 8 || !workTold) && echoAskingBack(folded) && !cued(clarifyCues, folded, lang)) return { act: 'repeat_request', words };
  // "I don't know what you mean" asks for the question in other words: clarification is read first.
  // A cue in the opening words of a turn with no question mark allows a longer turn: "like X or can it be anything, cause I did…".
  const opening = tokenize(folded).slice(0, 12).join(' ');
  if ((words <= 25 && cued(clarifyCues, folded, lang)) || (words <= 35 && !folded.includes('?') && cued(clarifyCues, opening, lang)))
    return { act: 'clarification_request', words };
  // Two readings of the question offered back, before any story is told: "if you want the technical steps or the people side".
  if (words <= 45 && cued(whichReading, folded.replace(/\b(o sea|ou seja)\b/g, ' '), lang) && !workSaid(folded, lang) && !/\d/.test(folded))
    return { act: 'clarification_request', words };
  // "When you say worked, like for the business or for the users? Those are different things": readings offered, none told.
  // Not the role's options ("is it rotating or fixed"), nor a remark about the call ("are you a real person or a bot").
  if (
    readingsOffered(folded, question, lang, workTold) &&
    roleTopicsOf(folded).every((topic) => weakRoleTopics.has(topic)) &&
    !aboutTheCall.test(folded)
  )
    return { act: 'clarification_request', words };
  if (words <= 12 && skipRequest.test(folded)) return { act: 'dont_know', words };
  if (words <= 16 && (dontKnow.test(folded) || cued(notKnowingCues, folded, lang)) && !isQuestion(folded, lang))
    return { act: 'dont_know', words };
  // A remark about the call or the room, with no work in it: "talking to a computer about myself is weird".
  if (words <= 45 && aboutTheCall.test(folded) && !workSaid(folded, lang) && !/\d/.test(folded)) return { act: 'off_topic', words };
  // Nothing comes, said at length and with nothing done in it: still not knowing.
  if (words <= 40 && cued(blankMind, folded, lang) && !workSaid(folded, lang) && !/\d/.test(folded)) return { act: 'dont_know', words };
  // "Did you see the game last night? We won 3–1": small talk opened with a question back, nothing of work in it.
  // What follows the question is more of the same (short, or about life outside work), not a story of work.
  const afterQuestion = folded.slice(firstSentence.length);
  const smallTalkFirst =
    /\?$/.test(firstSentence.trim()) &&
    leisureSaid(firstSentence, lang) &&
    !workSaid(folded, lang) &&
    (tokenize(afterQuestion).length <= 12 || leisureSaid(afterQuestion, lang));
  if (words <= 40 && smallTalkFirst && roleTopicsOf(firstSentence).every((topic) => weakRoleTopics.has(topic)))
    return { act: 'off_topic', words };
  // A story of work told first, then a question back ("…we kept my version and overtime fell. Do you run rotas the same way
  // here?"): the question came after the answer, which is what the turn is. Only what comes before the first question counts.
  const firstAsked = folded.indexOf('?');
  const beforeQuestion = firstAsked < 0 ? '' : folded.slice(0, firstAsked).replace(/[^.!]*$/, '');
  const answeredFirst =
    tokenize(beforeQuestion).length >= ANSWER_BEFORE_QUESTION_WORDS && (workSaid(beforeQuestion, lang) || /\d/.test(beforeQuestion));
  if (isQuestion(folded, lang) && words <= 40 && !answeredFirst) {
    if (words <= 30 && aboutTheMeeting.test(folded)) return { act: 'off_topic', words };
    const topics = aboutTheQuestion.test(folded) ? [] : roleTopicsOf(folded);
    // "Você torce pra algum time?": a team or a company in small talk is not the role's.
    if (leisureSaid(folded, lang) && topics.every((topic) => weakRoleTopics.has(topic))) return { act: 'off_topic', words };
    if (topics.length > 0) return { act: 'role_question', words, topics };
    // "Monthly or yearly closings?": a choice offered back about the question, not the role.
    if (words <= 30 && offersAlternatives(folded)) return { act: 'clarification_request', words };
    // A short question back that is not about the role, nor small talk, is about the question: how to answer it.
    if (words <= 15 && !leisureSaid(folded, lang)) return { act: 'clarification_request', words };
  }
  if (words <= 20 && cued(closingCues, folded, lang) && restAfter(closingCues, folded, lang) <= 5 && !workSaid(folded, lang))
    return { act: 'thanks_closing', words };
  return { act: 'answer', words };
}
