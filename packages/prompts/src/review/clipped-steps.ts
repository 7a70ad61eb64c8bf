import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';

/*
 * Steps said as clipped notes, with no one named: "check the logs first, then a call with the
 * client, agree a date", "escaneo antes de cerrar, separar los parecidos y revisar cada semana",
 * "sondagem no início, atividade em grupo e conversa com a família". Said in an interview, such
 * a list is the speaker's own practice to a listener, and readers who label answers count it as
 * own actions; the reading finds no "I" and no first-person verb in it, so "say what you did
 * yourself" would be a guess. A list that names who acted ("we", "the team", "ellos", "a gente")
 * is not clipped, nor is advice ("o ideal é voltar ao briefing"): there the claim can stand. Folded.
 */

/** Any person named as who acts or owns: where one is, the list is not the speaker's by default. Lower case, accents kept. */
const persons: PerLanguage = {
  en: /\b(i|i'm|i've|i'd|me|my|we|we're|we've|us|our|you|your|he|she|his|her|they|them|their|everyone|everybody|someone|somebody)\b|(^|[.;,] )the team\b/u,
  es: /(?<!\p{L})(yo|me|mi|mis|nosotros|nosotras|nos|nuestro|nuestra|tú|usted|ustedes|él|ella|ellos|ellas|todos|alguien|uno)(?!\p{L})|(^|[.;,] )el equipo\b/u,
  pt: /(?<!\p{L})(eu|me|meu|minha|meus|minhas|nós|nosso|nossa|a gente|você|vocês|ele|ela|eles|elas|todo mundo|alguém)(?!\p{L})|(^|[.;,] )(a equipe|o time)\b/u,
};

/** A step in the list: an item opening on a verb to do ("separar los sku", "nunca transportar", "look at the data") or a purpose ("pra ver", "to find out"). Folded. */
const stepVerb: PerLanguage = {
  en: /(^|[,;.:] |\b(and|then) )(to \w+|look|check|ask|call|agree|talk|write|send|review|test|set|put|make|get|keep|run|fix|log|track|flag|escalate|document|split|move|label|clean|measure|count|follow up|schedule|book|plan|walk|show|explain|pull|open|train|sit down)\b|\bto (find|see|check|make|get|keep|know)\b/,
  es: /(^|[,;.:] ?|\b(y|para|sin) )((nunca|siempre|primero|despues|luego) )?\p{L}+(ar|er|ir)\b/u,
  pt: /(^|[,;.:] ?|\b(e|para|pra|sem) )((nunca|sempre|primeiro|depois) )?\p{L}+(ar|er|ir)\b/u,
};

/**
 * How a step is said as what one should do rather than noted as done: "the key is to", "hay que",
 * "o ideal é", "deve-se". Advice, not one's own practice; readers do not count it. Lower case, accents kept.
 */
const advice: PerLanguage = {
  en: /\b(is|are|it's|should|must|need to|needs to|have to|has to|ought to|would|could|importance)\b/u,
  es: /(?<!\p{L})(es|son|hay que|debe|deben|debería|tiene que|tienen que|se debe|sería|conviene|importancia)(?!\p{L})/u,
  pt: /(?<!\p{L})(é|são|tem que|têm que|deve|devem|deveria|precisa|seria|o ideal|o caminho|importância)(?!\p{L})/u,
};

/** How many items make a list: fewer is a phrase, not notes of steps. */
const LIST_ITEMS = 3;

/** The items of the answer, split at commas, semicolons, stops and the last "and". */
const items = (folded: string): string[] =>
  folded
    .split(/[,;.:\n]+|\b(?:and then|and|then|y luego|y despues|y|e depois|e|depois)\b/)
    .map((item) => item.trim())
    .filter((item) => /\p{L}{2,}/u.test(item));

/** Whether the answer is a clipped list of steps with no one named. Pure. */
export function clippedSteps(answer: string, language: TextLanguage): boolean {
  const lower = answer.toLowerCase().replace(/[’']/g, "'");
  const folded = foldText(lower);
  return (
    !persons[language].test(lower) && !advice[language].test(lower) && items(folded).length >= LIST_ITEMS && stepVerb[language].test(folded)
  );
}
