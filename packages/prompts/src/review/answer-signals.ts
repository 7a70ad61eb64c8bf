import type { Language } from '@voxly/config';
import {
  contentStems,
  dontKnow,
  leisureStemsIn,
  namedThings,
  spokenFillers,
  textLanguageOf,
  workStems,
  type PerLanguage,
} from '../answers/answer-vocabulary.ts';
import { lexiconScores } from '../field-detection/lexicon-score.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { clauses } from '../fit-check/negation.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { readDialogAct } from '../listening/dialog-act.ts';
import { procedureSteps } from './procedure-steps.ts';
import { questionFit, questionFocus } from './question-fit.ts';
import { foldAnswer, readTold } from './told-reading.ts';

/** Reasoning: a choice made against an alternative, a cost accepted. */
const reasoningMarkers: PerLanguage = {
  en: /\b(because|instead of|rather than|trade-?off|in exchange|at the cost|the cost is|compromise|which cost|so i|so we|i chose|we chose|i decided|i picked|over)\b/,
  es: /\b(porque|en vez de|en lugar de|a cambio|el costo|el coste|compromiso|elegi|elegimos|decidi|decidimos|me quede con|asi que)\b/,
  pt: /\b(porque|em vez de|ao inves de|em troca|o custo|compromisso|escolhi|escolhemos|decidi|decidimos|fiquei com|entao)\b/,
};

/** The scene being set: a time, a place, a problem. */
const situationMarkers: PerLanguage = {
  en: /\b(at my (last|previous)|at \p{L}+|once|one time|on a (night )?shift|last year|during|when (a|the|our|my|i|we)|we had|there was|a (post-op|patient|client|customer|colleague|prospect|deal)|our (app|builds|checkout|director|manager))\b/u,
  es: /\b(en mi (anterior|ultimo)|una vez|en un turno|el ano pasado|durante|cuando|teniamos|habia|un paciente|una paciente|un cliente|una venta|mi jefa|mi jefe|nuestro|nuestra)\b/,
  pt: /\b(no meu (ultimo|antigo)|uma vez|num plantao|ano passado|durante|quando|tinhamos|havia|teve um|um paciente|uma paciente|um cliente|uma venda|minha gestora|meu gestor|nosso|nossa)\b/,
};

/** Answers that refuse one. */
const declines =
  /\b(skip|rather not|prefer not|next question|confidential|can we|prefiero no|siguiente pregunta|es confidencial|prefiro nao|proxima pergunta|e confidencial)\b/;

/** Abstract interview vocabulary that sounds like an answer and says nothing on its own. */
const buzzwords =
  /\b(trade-?offs?|scalability|maintainability|reliab\w+|communication|empathy|teamwork|win-win|rapport|objection handling|negotiation|patient safety|clinical reasoning|root cause|hypothes\w+|strengths?|passion\w*|people person|escalabilidad|mantenibilidad|comunicacion|empatia|trabajo en equipo|ganar-ganar|seguridad del paciente|razonamiento clinico|causa raiz|escalabilidade|manutenibilidade|comunicacao|trabalho em equipe|ganha-ganha|seguranca do paciente|raciocinio clinico|pontos fortes|fortalezas)\b/g;

/**
 * The candidate denies doing the thing: "I never really look at logs", "yo no diseño", "eu não fechava".
 * Not a thought or a memory ("I don't remember the figure", "eu não acho"), nor a contrast ("yo no, el camarero").
 */
const denial: PerLanguage = {
  en: /\b(i (never|don't|dont|didn't|didnt) (really )?(?!(know|remember|recall|think|mean|want|mind|wait|see|believe|just|only|even|like|trust|care)\b)(\w+)|i have never|never had that|that is not my|not the nurse's|i wasn't)\b/,
  es: /\b(nunca (me|mire|miro|hice|tuve)|yo no (?!(se|recuerdo|me acuerdo|creo|quiero|espero|le|lo|la|me|el|los|las|un|una)\b)\w+|no es de|eso lo hace|no cerraba|no diseno)\b/,
  pt: /\b(nunca (aconteceu|olho|fiz|tive|perdi)|eu nao (?!(sei|lembro|me lembro|acho|quero|espero|o|a|os|as|um|uma|me)\b)\w+|nao e da|quem faz isso|nao fechava)\b/,
};
/** A denial opens the answer: within these words, before any story is under way. */
const DENIAL_OPENING_WORDS = 15;

const hypothetical: PerLanguage = {
  // "I'd check", "yo llamaría", "eu mostraria": what one would do, not what one did ("I'd say", "I'd like" are not).
  en: /\b(i would|i'd (?!say|like|rather|love|guess|think|been|had)\w+|i usually|i always|normally|usually)\b/,
  es: /\b(llamaria|haria|normalmente|siempre busco|suelo|solemos|yo \w+(aria|eria|iria)|(le |les |lo |la |se lo |se la )?(diria|revisaria|agregaria|pediria|hablaria|pondria|preguntaria|explicaria|buscaria|usaria|miraria|cambiaria|dejaria|avisaria|trataria|intentaria|escucharia|ofreceria|verificaria|chequearia|mediria|capacitaria|organizaria|priorizaria|separaria|devolveria|tomaria|sacaria|reportaria|escalaria|documentaria|bajaria|subiria|cortaria|apagaria))\b/,
  pt: /\b(chamaria|faria|normalmente|sempre busco|costumo|costumamos|eu \w+(aria|eria|iria)|diria|ligaria|perguntaria|explicaria|tentaria|verificaria|conversaria|falaria|pediria|avisaria|colocaria|deixaria|olharia|checaria|mediria|trocaria|separaria|reportaria|escalaria|documentaria|desligaria|levaria)\b/,
};

export interface AnswerSignals {
  words: number;
  empty: boolean;
  noAnswer: boolean;
  declined: boolean;
  offTopic: boolean;
  relevance: number;
  numbers: boolean;
  named: string[];
  ownActions: string[];
  /** Own steps told in the present ("so I call the supplier"): not scored, but an answer with them is not asked for own actions. */
  presentSteps: boolean;
  /** Steps of one's own told as a procedure, where the question asks how one does something (0 elsewhere). */
  steps: number;
  situation: boolean;
  result: boolean;
  reasoning: boolean;
  buzzwords: number;
  denies: boolean;
  hypothetical: boolean;
  requirementsCovered: string[];
  /** 0–1: the share of the answer's words not in asides about life outside work. */
  onTopicShare: number;
  /** The sentences that are not such asides: the only ones a strength may quote. */
  onTopicSentences: string[];
  /** Many words and nothing checkable: no figure, no named thing, no own action. */
  longWithoutFacts: boolean;
  /** Mostly fillers ("um", "o sea", "tipo, né") with nothing checkable. */
  fillerHeavy: boolean;
  /** 0–1: the share of sentences that describe the candidate or their beliefs rather than what happened. */
  selfPortrait: number;
  /** 0–1: the share of the question's own topic words the answer touches. */
  touched: number;
  /** The answer tells another story than the one asked: none of its topic, and no trouble told where trouble was asked, or a pivot to one's proudest work. */
  otherStory: boolean;
  /** The answer is framed as one's proudest work or best win. */
  pivot: boolean;
}

/**
 * A sentence that describes the candidate or their beliefs instead of telling what happened:
 * "I'm very organized", "I think communication is key", "soy una persona muy resolutiva",
 * "eu acho que a comunicação é a chave". Folded.
 */
const selfPortrait: PerLanguage = {
  en: /\b(i'?m (a |an )?(very|really|extremely|super|so|quite|highly|always|big on|passionate|a people)\b|i am (very|really|extremely|super|so|highly|passionate)\b|i (really |truly |firmly |honestly )?(think|believe|feel) (that |it'?s |the |every |in |a |you )|i'?m (a|an) \w+ person|for me,? |is (always |really )?(key|the key|number one|everything|fundamental|important)\b|you (gotta|have to|need to|must) (be|remember|stay|have)\b)/,
  es: /\b(soy (una persona |un |una )?(muy|bastante|super|sumamente|re)\b|yo creo|creo (firmemente |mucho )?que|para mi,? |me (encanta|apasiona)|es (fundamental|clave|lo mas importante|lo primero)|hay que (ser|tener|tratar)|uno tiene que|siempre (digo|trato de|intento))/,
  pt: /\b(eu sou (uma pessoa )?(muito|bem|super|bastante)\b|sou (uma pessoa )?(muito|bem|super)\b|eu acho que|acho que (o|a|isso|e)\b|eu acredito|acredito (muito )?(que|no|na)\b|pra mim,? |para mim,? |eu amo|e a chave|sao fundamentais|e fundamental|tem que (ter|ser)\b|a gente tem que)/,
};

/** A sentence put to the interviewer ("have you seen it?", "¿usted es de Santiago?", "você sabe se…?"): chat, not the answer. Folded. */
const askedOfInterviewer =
  /\b(you|your|you guys|tu|usted|ustedes|vos|sabes|sabe|conoces|conoce|has visto|viste|voce|vc|voces|ce)\b[^.!]*\?\s*$/;

/** Turns up to this long are read as the interviewer reads them (a question put back, not knowing). */
const TURN_READ_WORDS = 60;

/** Steps of a procedure that show something done, as an own action does. */
const PROCEDURE_STEPS = 2;

/** A question about one's way of working, in the present, folded. */
const practiceQuestion: PerLanguage = {
  en: /^(how do you|how would you|what is your (approach|process|way)|what'?s your (approach|process|way)|how are you)\b/,
  es: /^¿?(como (haces|hace|manejas|maneja|te aseguras|se asegura|organizas|organiza|sueles|priorizas|prioriza|abordas|aborda)|cual es (tu|su) (enfoque|proceso|forma))\b/,
  pt: /^(como (voce )?(faz|lida|garante|costuma|organiza|prioriza|aborda)|qual (e )?(o )?seu (processo|jeito|enfoque))\b/,
};

/**
 * A question that asks how one does, or would do, something ("how would you debug it?", "what
 * do you do if the till is short?", "¿qué harías si…?", "como você investiga…?"): the steps of
 * a procedure answer it as a story's actions answer "tell me about a time". Folded.
 */
const procedureQuestion: PerLanguage = {
  en: /\b(how (do|would|will|should|can) you|how'?d you|what (would|do|will|should) you (do|check|look)|walk me through how|what steps|what'?s your first (step|move)|what is your first (step|move))\b/,
  es: /\b(como (\w+(as|es|ias)|\w+(aria|eria|iria)|le \w+(as|es|ia)|lo \w+(as|es|ia)|te aseguras|actua|decide|haria|hace)|que (haces|harias|hace|haria|revisas|revisarias|miras)|cual (es|seria) (tu|su) primer paso)\b/,
  pt: /\b(como (voce|vc|ce) \w+|o que (voce|vc|ce) (faz|faria|olha|verifica|checa)|qual (e|seria) (o )?seu primeiro passo)\b/,
};

/**
 * A question about what one would do or wants ("Why this role, and what would you want to achieve…?",
 * "how would you approach…", "¿qué harías si…?", "o que você faria…"): "I would…" answers it, so it is
 * no hypothetical told instead of a story. Folded.
 */
const forwardQuestion: PerLanguage = {
  en: /\b(why (this|do you want|are you|would you|us|our|here)|what (would|will) you|how (would|will) you|what do you (hope|want|expect)|where do you see yourself|what (interests|attracts|draws) you|if you (were|joined|had))\b/,
  es: /\b(por que (este|esta|te interesa|quieres|quiere|te gustaria|nosotros)|que (harias|haria|te gustaria|esperas|buscas)|como (harias|haria|abordarias|encararias)|donde te ves|si (fueras|tuvieras|entraras))\b/,
  pt: /\b(por que (esta|este|essa|esse|voce quer|voce se interessa|quer|nos)|o que (voce )?(faria|gostaria|espera|busca|procura)|como (voce )?(faria|abordaria|lidaria)|onde (voce )?se ve|se (voce )?(fosse|tivesse|entrasse))\b/,
};

/** First-person and team actions in the present ("I review", "we deploy", "reviso", "testamos"), never a denied one ("I never look"), folded. */
const habitualPatterns: PerLanguage = {
  en: /\b(i|we) (always |usually |first |then |also )?(?!(am|are|was|were|have|had|do|did|don'?t|didn'?t|never|not|rarely|hardly|think|guess|mean|like|know|would|will|can|could|should|just|really|try)\b)[a-z]{3,}(s|e|t|k|d|n|l|r|h|p|g|y|m)?\b/g,
  es: /\b(siempre |primero |luego |tambien )?(reviso|hago|uso|pruebo|mido|documento|reviso|reviso|comparo|priorizo|hablo|escucho|llamo|verifico|registro|valido|desplegamos|revisamos|probamos|medimos|usamos|hacemos|documentamos|validamos|priorizamos)\b/g,
  pt: /\b(sempre |primeiro |depois |tambem )?(reviso|faco|uso|testo|meco|documento|comparo|priorizo|converso|escuto|ligo|verifico|registro|valido|fazemos|revisamos|testamos|medimos|usamos|documentamos|validamos|priorizamos)\b/g,
};

function habitualActions(answer: string, language: TextLanguage): string[] {
  return foldText(answer).match(habitualPatterns[language]) ?? [];
}

/** Everything the reviewer reads off one answer, each piece named so a line can cite it. */
export function answerSignals(
  input: { question: string; jobTitle: string; jobDescription: string; answer: string; language: Language },
  requirements: readonly { term: string; stem: string }[],
): AnswerSignals {
  const language = textLanguageOf[input.language];
  const folded = foldAnswer(input.answer);
  // Figures, own actions, steps and the ending: the reading the hint's check shares.
  const told = readTold(input.answer, language, input.question);
  const words = tokenize(folded).length;
  const stems = contentStems(input.answer, language);
  // The job's words, stemmed once: with the question's, what the answer may share; with the question's topic, what makes a
  // sentence topical (not the frame it was asked in: "a difficult situation" said back before a camping story).
  const jobStems = contentStems(`${input.jobTitle}\n${input.jobDescription}`, language);
  const known = new Set([...contentStems(input.question, language), ...jobStems]);
  const topics = new Set([...questionFocus(input.question, language), ...jobStems]);
  const work = workStems[language];
  const shared = stems.filter((stem) => known.has(stem) || work.has(stem)).length;
  const fieldWords = Object.values(lexiconScores(stems)).reduce((sum, value) => sum + value, 0);
  const relevance = stems.length === 0 ? 0 : Math.min(1, (shared + fieldWords / 2) / Math.max(4, stems.length * 0.4));
  // A question about how one works ("how do you make sure…") is answered in the present: "we deploy behind flags" is an action then.
  const actions = [
    ...told.ownActions,
    ...(practiceQuestion[language].test(foldText(input.question)) ? habitualActions(input.answer, language) : []),
  ];
  // A procedure's steps, where a procedure is asked for: "kill it, lift the load side and megger it" is what was done.
  const asksProcedure = procedureQuestion[language].test(foldText(input.question));
  const steps = asksProcedure ? procedureSteps(input.answer, language) : 0;
  /** Something was done: own actions, or two steps of a procedure asked for. */
  const didSomething = actions.length > 0 || steps >= PROCEDURE_STEPS;
  // Asked what one does or would do, one's own steps in the present or the conditional answer it, in whatever words:
  // "le diría que se calme y hablaría con cocina", "eu chamo a fiscal", "i'd talk to them one on one" are no aside.
  const toldHow =
    asksProcedure &&
    (steps > 0 || told.presentSteps || hypothetical[language].test(folded) || habitualActions(input.answer, language).length > 0);
  // Life outside work: any of it beside a story; a third of the words beside steps told for "what do you do if…".
  const leisureWords = leisureStemsIn(input.answer, language).length;
  const aside = toldHow ? leisureWords * 3 >= stems.length : leisureWords > 0;
  // Denial counts only where a clause is negated: "I never really look at logs".
  // Said, then followed by what one did, it is part of a story ("I didn't argue. I called the charge nurse…"), not a denial.
  const denies =
    !didSomething &&
    clauses(input.answer).some((clause) => clause.negated) &&
    denial[language].test(tokenize(folded).slice(0, DENIAL_OPENING_WORDS).join(' '));
  // Coverage is what the candidate claims, not what they deny: "I don't have a nursing licence" covers no nursing.
  const claimed = new Set(
    clauses(input.answer)
      .filter((clause) => !clause.negated)
      .flatMap((clause) => contentStems(clause.tokens.join(' '), language)),
  );
  const sentences = input.answer.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim());
  // A sentence is off the question only on positive evidence: life outside work, touching nothing of the job or work.
  // (A sentence sharing no word with the question usually carries the story on: "I picked Redis because we ran it".)
  const onTopicSentences = sentences.filter((sentence) => {
    const own = contentStems(sentence, language);
    // A question put back to the interviewer is chat, whatever its words: "is the parking garage still closed?".
    if (own.length >= 2 && askedOfInterviewer.test(foldText(sentence).trim())) return false;
    const leisure = leisureStemsIn(sentence, language).length;
    const topical = own.some((stem) => topics.has(stem) || work.has(stem)) || Object.values(lexiconScores(own)).some((v) => v > 0);
    // Steps told for a question of what one does may name the setting's everyday words ("hablaría con cocina").
    return leisure === 0 || ((topical || toldHow) && leisure * 2 < own.length);
  });
  const wordsIn = (list: string[]) => list.reduce((sum, sentence) => sum + tokenize(foldText(sentence)).length, 0);
  const named = namedThings(input.answer);
  const numbers = told.figure;
  const fit = questionFit(input.question, input.answer, language);
  // The interviewer's reading of the turn, so the two never disagree on "I dunno" or on a question put back instead of an answer.
  // A turn longer than this is an answer to the reader anyway: the reading's cost stays bounded.
  const act = words <= TURN_READ_WORDS ? readDialogAct(input.answer, input.language, input.question).act : 'answer';
  return {
    words,
    empty: words === 0,
    // Not knowing said at more length ("honestly no idea, never done that, I'd have to ask someone") is still no answer when nothing was done.
    noAnswer:
      (words <= 12 && (dontKnow.test(folded) || (act === 'dont_know' && !declines.test(folded)))) ||
      (words <= 30 && dontKnow.test(folded) && !numbers && actions.length === 0),
    declined: words <= 20 && declines.test(folded),
    // Nothing of the question, the job or work: off the topic, unless it tells what the candidate did and nothing of
    // life outside work ("checked the condenser coil, found it packed with cottonwood") — a trade's own words are work.
    // Or questions put back about the job's terms ("is the parking garage still closed?", "¿el contrato es indefinido?")
    // with nothing of the question's topic: a story that ends by asking how the team works here is still an answer.
    offTopic:
      (stems.length >= 4 && shared === 0 && fieldWords === 0 && (!(didSomething || toldHow) || aside)) ||
      (act === 'role_question' && fit.touched === 0) ||
      // Chat the interviewer would steer back ("did you see the game last night?"): nothing of the question, nothing done
      // (a step such as "lo dejo con el vecino" is something done, unless a third of the words are life outside work).
      (act === 'off_topic' && fit.touched === 0 && actions.length === 0 && (steps === 0 || leisureWords * 3 >= stems.length)) ||
      // A sixth of it life outside work (the match, the stadium, the food after) and nothing of the question: chat, whatever
      // else it names (the city the job is in, the score).
      (leisureWords >= 3 && leisureWords * 6 >= stems.length && fit.touched === 0),
    relevance,
    numbers,
    named,
    ownActions: actions,
    presentSteps: told.presentSteps,
    steps,
    situation: situationMarkers[language].test(folded),
    result: told.result,
    reasoning: reasoningMarkers[language].test(folded),
    buzzwords: folded.match(buzzwords)?.length ?? 0,
    denies,
    hypothetical: hypothetical[language].test(folded) && actions.length === 0 && !forwardQuestion[language].test(foldText(input.question)),
    requirementsCovered: requirements.filter((requirement) => claimed.has(requirement.stem)).map((requirement) => requirement.term),
    onTopicShare: words === 0 ? 0 : Math.min(1, wordsIn(onTopicSentences) / words),
    onTopicSentences,
    longWithoutFacts: words >= 45 && !numbers && named.length === 0 && !didSomething,
    selfPortrait:
      sentences.length === 0
        ? 0
        : sentences.filter((sentence) => selfPortrait[language].test(foldText(sentence).replace(/[’']/g, "'"))).length / sentences.length,
    fillerHeavy: words >= 8 && (folded.match(spokenFillers[language])?.length ?? 0) / words >= 0.15 && !numbers && !didSomething,
    touched: fit.touched,
    // Asked how one does something, answered with a past story (no steps of the thing asked) that touches nothing of
    // what was asked: another story. Measured on the tuning answers only at this strictness; steps told, or any word of
    // the question, keep the story (looser readings flagged more good answers).
    otherStory: fit.otherStory || (asksProcedure && fit.focus.length > 0 && fit.touched === 0 && !toldHow && told.ownActions.length >= 1),
    pivot: fit.pivot,
  };
}
