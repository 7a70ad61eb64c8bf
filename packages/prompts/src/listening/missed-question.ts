import { ownActions } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { globalPattern } from './global-pattern.ts';
import { cued, type Cues } from './turn-cues.ts';

/*
 * A candidate who missed the question, or part of it, says so in many ways that name no
 * "repeat": the line broke ("you froze", "ficou picotado"), their mind wandered ("I zoned out",
 * "me perdí"), or only a part is missing ("what was the second bit?", "lo último qué era",
 * "o que você falou no final"). Said around chat about the cause (the neighbour's drill, nerves,
 * a child walking in), such a turn is long, but it tells no work. Pure; folded text.
 */

/** Saying the question (or some of it) did not get through: the line, the sound or one's attention failed. Folded. */
const lostTrack: Cues = {
  en: /\b(didn'?t (quite |really )?(catch|hear|get) (it|that|all|the|what|you|any|anything|much|most)|did not (quite )?(catch|hear|get)|(only |just )?(caught|heard) (the (first|last|tail|start|beginning)|up to|until|part of)|i got nothing after|got nothing after|missed (the (first|last|second|middle|end|question)|that|it|what you|part|everything|most)|(you )?(cut|broke|cutting|breaking) (out|up)|you froze|(went|sounded|goes|was|got) (all |kind of |a bit |totally )?robotic|(it|you|the audio|the line|the call|the video) (froze|lagged|glitched|dropped)|lost (you|the thread|track|my train)|zoned out|spaced out|(my mind|i) (wandered|drifted)|i'?m all over the place|got swallowed|(couldn'?t|did not|didn'?t) follow (that|the|what|all)|(slow|slower) down|(talk|speak|go|say it) (a (bit|little) )?(slower|more slowly)|(are you|you) still there|run (it|that) by me|what was the (full|whole|actual) question|what were you asking|lost (the|my) focus|i was (writing|typing|taking notes|on mute|muted))\b/,
  es: /\b(no (te |le |lo |la )?(escuche|oi|pille|capte|entendi) (bien|nada|casi nada|lo ultimo|la (ultima|segunda|primera)|el final|lo que)|no te (puse|preste) atencion|me perdi|me distraje|se (te |me |nos )(corto|trabo|congelo|cayo|pego)|se (corto|trabo|congelo|cayo) (la llamada|el audio|el internet|la conexion|la imagen|el video)|te (cortaste|trabaste|congelaste)|(quedo|sono|se escucha) (como )?(robot|robotic\w*)|(mas )?despacio|sigues ahi|estas ahi|que me (decias|estabas diciendo|estaba preguntando|estabas preguntando|preguntaba|preguntabas)|me desconcentr\w*|me (he )?liado|me lie|se me (ha )?ido|(se (te |le )?)?(escucha|oye) cortad\w*|me llego (solo )?hasta|volver a empezar|me lo (podes|puedes|podria|puede) (decir|repetir) (otra vez|de nuevo)|desde el principio)\b/,
  pt: /\b(nao (te |lhe )?(ouvi|escutei|peguei|entendi) (direito|nada|bem|o final|a ultima|o que)|me perdi|me distrai|perdi (tudo|o final|o comeco|a ultima|um pedaco|o fio)|(to|tou|estou|fiquei|ta) (meio |um pouco |bem )?perdid[oa]|picotad\w*|(cortou|travou|congelou|caiu) (aqui|ai|a ligacao|o audio|a internet|um pouco)|acabei perdendo|perdendo o (final|comeco|inicio)|(tava|estava) (com o som )?no mudo|o que (voce|vc) (tava|estava) perguntando|mais devagar|devagarzinho|ainda (ta|esta) ai|(voce|vc) (ta|esta) ai)\b/,
};

/** A part of the question asked back: "the second part", "lo último", "o final", "the part about budgets". Folded. */
const partOfIt: Cues = {
  en: /\b((the |that )?(first|second|last|other|middle|final|end|latter) (part|bit|half|question|few words)|the tail end|the part (about|after|with))\b/,
  es: /\b(lo (ultimo|segundo|primero|otro|de despues)|la (ultima|segunda|primera|otra) (parte|mitad|pregunta)|el final|lo que (dijiste|decias|dijo) (al final|despues))\b/,
  pt: /\b(a (ultima|segunda|primeira|outra) (parte|metade|pergunta)|o final|no final|o comeco|o resto)\b/,
};

/** Words that ask back: the part asked for is a question, not a story ("lo último qué era", "o que que era mesmo"). Folded. */
const asksBack =
  /\?|\b(what (was|did you|were)|what$|(que|cual) (era|eran|fue|dijiste|decias|me decias)|(que )?que mas$|(o )?que (que )?(era|foi)|(era|foi) o que|qual (era|foi)|(o )?que (que )?(voce|vc) (falou|disse))\b/;

/**
 * The candidate caught it after all and goes on to answer: "…a moto passou aqui. Ah, o fim de semana. Sim, posso…",
 * "sorry, you froze. Oh, the budget one, okay so we…". A sentence opening on "ah", "oh", "got it" after the request.
 */
const caughtAfterAll = /[.!?,]\s+(ah+|oh+|okay so|ok so|got it|right,? so|ya (se|entendi)|ah vale|entendi|ah ta)\b[,.!]?\s+(\S+\s+){3,}/;

/** Whether a turn says it missed the question, or asks back for a part of it, and does not go on to answer. Pure. */
export function missedQuestion(folded: string, language: keyof Cues): boolean {
  return (cued(lostTrack, folded, language) || (cued(partOfIt, folded, language) && asksBack.test(folded))) && !caughtAfterAll.test(folded);
}

/**
 * The end of the question echoed with a question word where the missed words were: "a time I had
 * to what", "sails promised it in how long", "um patrocinador que o quê, desculpa", "¿qué medidas
 * qué?". Short, and the question word closes it (only courtesy after). Folded.
 */
const echoEndingInWh =
  /(^|\s)(what|que|o que|how (long|much|many)|cuanto|cuantos|quanto|quantos|quien|quem|donde|onde)( (and|y|e) (what|que|o que))?[?!.,]*(\s+(sorry|perdon|perdona|disculpa|desculpa|mesmo|exactly|again|de nuevo|de novo|por favor|please))*[?!.,]*$/;

/** Whether a short turn echoes the question and asks for its missing words with a question word at its end. */
export function echoAskingBack(folded: string): boolean {
  const words = tokenize(folded).length;
  return words >= 2 && words <= 10 && echoEndingInWh.test(folded.replace(/[¿¡]/g, ''));
}

/** What one did with the question itself, not at work: "I heard the first part", "eu ouvi", "i got nothing after". Folded. */
const hearingOnly =
  /^((i|eu|yo) )?(heard|got|caught|missed|think|thought|lost|guess|mean|ouvi|escutei|peguei|perdi|entendi|perai|aqui|ai|escuche|oi|capte|pille)$/;

/** Whether a turn tells something done besides hearing or missing the question ("no te puse atención" is not work). Pure. */
export function workBesidesHearing(folded: string, language: TextLanguage): boolean {
  const rest = [lostTrack.en, lostTrack[language], partOfIt.en, partOfIt[language]].reduce(
    (text, cue) => text.replace(globalPattern(cue), ' '),
    folded,
  );
  return ownActions(rest, language).some((action) => !hearingOnly.test(action.trim()));
}
