import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { workSaid } from './turn-cues.ts';

/*
 * "So what you're asking is how I'd set up the SIEM rules from scratch, is that right?", "tdah se
 * refiere al déficit de atención, ¿verdad?", "churn é cancelamento, né? Só confirmando": the
 * candidate checking what the question, or a word in it, means before answering. Nothing is
 * answered yet: it is a request to clarify, however much of the question it says back. Read apart
 * from the hand-written rules the trained turn reader is fitted on, so the reader stays the same
 * function of its tuning turns.
 */

/**
 * A tag that asks to be confirmed, ending what is said: "…, right?", "¿cierto?", "né?", "é isso?";
 * not the word closing a phrase of its own ("the blue one top right", "esa es la verdad"). Folded.
 */
const confirmTag =
  /(\b(is that right|is that correct|is that it|or something else|or not|es asi|es eso|o no|o es otra cosa|e isso|nao e|ou nao|ou e outra coisa)|(,\s*|(?<!\b(the|top|bottom|upper|lower|all|just|turn|la|una|de|o|a|um|uma|meio)\s))\b(right|correct|cierto|verdad|correcto|ne|certo|correto))\s*[?.!…,]*$/;

/** Wanting to be sure of the question before answering it. Folded. */
const beforeAnswering =
  /\b(before i (answer|start|go on)|antes de (contestar|responder|seguir|falar)|no quiero (contestar|responder) (mal|algo que no)|quiero estar segur[oa]|nao quero (responder|falar) (errado|besteira)|quero ter certeza)\b/;

/** Saying one is only checking: "just to check", "para confirmar", "só confirmando", "deixa eu ver se entendi". Folded. */
const justChecking =
  /\b(just (to |want to |wanna )?(check|confirm|make sure|double check)|(i )?(want|wanna) to (make sure|confirm)|making sure i (got|get|understand)|(solo |nomas )?(para|pa) confirmar|quiero confirmar|(so |so pra |so para |pra |para )(eu )?confirmar|so confirmando|quero confirmar|(let me|lemme) (just )?(see|check) (if|that) i (got|get|understand)\w*|a ver si (te |le )?(entendi|entiendo)|(deja|dejame|deixa|deixe)( me| eu)? (solo |so )?(ver|ve) (si|se) (eu )?(te |lhe |le )?(entendi|entiendo|entendo))\b/;

/** Saying back what the question asks, or what one of its words means. Folded. */
const aboutTheQuestionAsked =
  /\b((what )?you'?re asking|you are asking|are you asking|you (want|wanna) to know|you mean|do you mean|is (that|it) like|(does|do) (that|it) (stand for|mean)|stand for|se refiere|te refieres|quiere decir|quieres decir|me (esta|estas) preguntando|(usted )?quiere saber|quieres saber|(usted|tu) (me )?pregunta|me (pregunta|preguntas) (como|que|por|si|cuando|cual|donde|de)|significa|es cuando|es (la|el|lo) de|voce (esta|ta) perguntando|(voce|vc) quer (dizer|saber)|quer dizer|se refere|e quando)\b/;

/** Telling the interviewer what they are asking: "so you're asking…", "usted me está preguntando…", "você quer saber…". Folded. */
const askedBack =
  /\b((so )?you'?re asking|you are asking|you (want|wanna) to know|(usted |tu )?me (esta|estas) preguntando|(usted )?quiere saber|quieres saber|(voce|vc) (esta|ta) (me )?perguntando|(voce|vc) quer saber)\b/;
/** A reason, a yes or an answer's opening word after the question is said back: the answer has begun. Folded. */
const answerFollows =
  /\b(because|cause|since|yes|yeah|yep|sure|honestly|well|porque|pq|ya que|ja que|pois|claro|bueno|pues|sim|olha|entao|tenho|tengo)\b|,\s*si\b/;
/** A turn that opens by saying the question back has this many words before it at most: "a ver a ver, o sea…". */
const OPENING_WORDS = 8;
/** Said back with nothing told after it, the turn is this long at most. */
const SAID_BACK_WORDS = 30;

/** Longer than this, the turn tells more than a check of the question. */
const CHECK_WORDS = 45;

/**
 * Whether a turn is a check of what the question means, with no answer after it: it says the
 * question or one of its words back and ends asking to be confirmed, or says it is only checking
 * or wants to be sure before answering. Folded turn. Pure.
 */
export function isCheckingUnderstanding(folded: string): boolean {
  return checkOfQuestion(folded) !== undefined;
}

/**
 * The same, and whether the check says the question back in so many words ("you're asking…",
 * "se refiere a…", "você tá perguntando…"): such a check is about the question even where its
 * words name a schedule or a salary. Folded turn. Pure.
 */
export function checkOfQuestion(folded: string, language?: TextLanguage): { saysItBack: boolean } | undefined {
  if (tokenize(folded).length > CHECK_WORDS) return undefined;
  if (language && opensSayingBack(folded, language)) return { saysItBack: true };
  const tail = folded.split(/(?<=[.!?])\s+/).at(-1) ?? '';
  const purpose = beforeAnswering.exec(tail) ?? justChecking.exec(tail);
  // "churn é cancelamento, né? Só confirmando": the tag is what comes before the purpose said after it.
  const said = purpose ? folded.slice(0, folded.length - tail.length + purpose.index).trim() : folded;
  const tagged = confirmTag.test(said);
  const saidBack = aboutTheQuestionAsked.exec(folded);
  // "…você quer saber do estoque, então, eu contava tudo toda sexta": said back, then answered.
  if (saidBack && answeredAfter(folded.slice(saidBack.index), language)) return undefined;
  const about = saidBack !== null;
  const checking = about ? tagged || purpose !== null : tagged ? purpose !== null : beforeAnswering.test(tail) && folded.includes('?');
  return checking ? { saysItBack: about } : undefined;
}

/**
 * "A ver a ver, o sea usted me está preguntando qué hago si alguien se mete al edificio": the turn
 * opens by telling the interviewer what they ask, and tells no work nor any figure after it. Without
 * a tag asking to be confirmed, that is still the candidate checking the question. Folded turn.
 */
function opensSayingBack(folded: string, language: TextLanguage): boolean {
  const back = askedBack.exec(folded);
  if (back === null) return false;
  // "You're asking how I handle conflict? I talk to them early", "…el puesto, porque me gusta": an answer follows.
  const after = folded.slice(back.index);
  // Nothing after the question said back but the question: no further clause, sentence or answer word.
  if (/[.?!,;]\s*\S/.test(after) || answerFollows.test(after)) return false;
  // Unpunctuated, a second "I …" is the answer begun: "you want to know how i handle it um i prep everything…".
  if ((after.match(new RegExp(ownTelling.source, 'gu')) ?? []).length >= 2) return false;
  return (
    tokenize(folded.slice(0, back.index)).length <= OPENING_WORDS &&
    tokenize(folded).length <= SAID_BACK_WORDS &&
    !/\d/.test(folded) &&
    !workSaid(folded, language)
  );
}

/** "I …", "yo …", "eu …": the speaker telling something of their own; not "pra eu confirmar", "before I answer". Folded. */
const ownTelling =
  /(?<!\b(pra|para|por|antes de|before)\s)\b(i|i'?m|i'?ve|yo|eu)\s+(?!(confirm\w*|check\w*|answer\w*|respond\w*|contest\w*|responder|falar|entend\w*|understand)\b)\p{L}{2,}/u;

/**
 * Whether, after the clause that says the question back, a later clause answers it: an answer's
 * opening word ("yeah", "bueno", "então"), the speaker telling something of their own, or work told.
 * Folded, from the question said back on.
 */
function answeredAfter(fromSaidBack: string, language: TextLanguage | undefined): boolean {
  const later = fromSaidBack
    .split(/[,.;?!]+/)
    .slice(1)
    .join(' ');
  return answerFollows.test(later) || ownTelling.test(later) || (language !== undefined && workSaid(later, language));
}
