import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

/*
 * Steps said in the first person in any tense: "I work weekends at a warehouse", "I always
 * check the PO", "eu coordenava os estagiários", "yo reviso la lista", and in English the
 * pronoun dropped as people speak in a hurry ("found it from a ticket, fixed it same day").
 * The reviewer's reading counts only past actions; readers who label answers count these as
 * own actions too, so "say what you did" would be a guess where they are told. What follows
 * "I" is a step unless it is a state, a stance or a modal ("I'm", "I think", "I would").
 */

/** The word after the pronoun, an adverb allowed between ("I always check"). Lower case, accents kept. */
const pronounThenWord: PerLanguage = {
  en: /\bi(?: have| had|'ve)?(?: (?:always|usually|just|then|also|first|basically|still|even|actually|normally|generally|often|sometimes|personally|immediately))? (\p{L}+)/gu,
  es: /\byo(?: (?:siempre|también|primero|después|luego|ya|mismo|misma|personalmente|normalmente|antes))? (\p{L}+)/gu,
  pt: /\beu(?: (?:sempre|também|primeiro|depois|já|mesmo|mesma|pessoalmente|normalmente|antes|que))? (\p{L}+)/gu,
};

/** What after the pronoun is no step: being, thinking, wanting, modals, negation. */
const notSteps: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(
    'am was were be been think thought believe believed feel felt guess mean know knew love loved like liked want wanted hope hoped wish would could can will should might must do did don dont didn never not had have has need needed prefer enjoy tend try tried am and or to the'.split(
      ' ',
    ),
  ),
  es: new Set(
    'soy era fui estoy estaba creo creía pienso pensaba siento sentía sé sabía quiero quería quisiera espero puedo podría debo debería tengo tenía he había haría no nunca me te le lo la y o que también'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'sou era fui estou estava acho achava penso pensava sinto sentia sei sabia quero queria gostaria espero posso poderia devo deveria tenho tinha faria não nunca me te lhe o a e ou que acredito amo adoro gosto'.split(
      ' ',
    ),
  ),
};

/** English steps told with the pronoun dropped, opening a clause: "fixed it", "stopped work", "told the customer". */
const droppedPronoun =
  /(?:^|[.,;:]\s*)(?:and |then |so )?(\p{L}{3,}ed|found|told|got|took|made|sent|wrote|built|ran|caught|put|set|kept|brought|went|gave|called|lost) (it|the|a|an|my|our|them|him|her|up|out|back|work|in|to|that|this|everything)\b/u;

/** Spanish and Portuguese own steps with no pronoun: "lo que hago es", "faço semanal", "me tocó implementar", "le doy", "se lo explico". */
const ownWithoutPronoun: Partial<PerLanguage> = {
  es: /\b(hago|hacía|me toc(a|ó) \p{L}+(ar|er|ir)|me encarg(o|ué|aba)|(le|les|se lo|se la|se los|se las|me lo|me la) \p{L}{2,}o)\b/u,
  pt: /(?<!\p{L})(faço|fazia|me encarreg(o|uei|ava)|fiquei responsável)(?!\p{L})/u,
};

/** Whether the answer says first-person steps in any tense. Pure. */
export function firstPersonSteps(answer: string, language: TextLanguage): boolean {
  const lower = answer.toLowerCase().replace(/[’']/g, "'");
  const stepAfterPronoun = [...lower.matchAll(pronounThenWord[language])].some((match) => !notSteps[language].has(match[1] ?? ''));
  const dropped = language === 'en' ? droppedPronoun.test(lower.replace(/\s+/g, ' ')) : (ownWithoutPronoun[language]?.test(lower) ?? false);
  return stepAfterPronoun || dropped;
}
