import type { PerLanguage } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

/*
 * Concrete steps said as what one would do: "I'd pull the traces and compare spans", "le diría
 * que se calme", "haría la prueba de CMT", "acho que usaria useMemo". The reviewer reads them as a
 * hypothetical, not as actions; readers who label answers count a hypothetical with a concrete step
 * as the candidate's own (only one with none is not), so "say what you did yourself" would be a
 * guess there. A stance said the same way ("I'd say", "me gustaría", "seria bom") is no step.
 * Lower case, accents kept.
 */
const wouldThenWord: PerLanguage = {
  en: /\bi(?:'d| would)(?: (?:probably|first|then|just|also|still|definitely|honestly|immediately|\p{L}+ly))? (\p{L}+)/gu,
  es: /(?:^|[,.;:] ?|\b(?:yo|y|creo que|primero|luego|después|le|les|se lo|se la|me lo|me la) )(\p{L}+ría)(?!\p{L})/gu,
  pt: /(?:^|[,.;:] ?|\b(?:eu|e|acho que|primeiro|depois|aí) )(\p{L}+ria)(?!\p{L})/gu,
};

/** What said as "I'd…" is a stance or a state, not a step. */
const notSteps: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set('say like love hate think be have feel hope guess imagine want prefer rather need not never say'.split(' ')),
  es: new Set('gustaría encantaría sería podría debería habría tendría preferiría creería pensaría querría diría'.split(' ')),
  pt: new Set('gostaria adoraria seria poderia deveria haveria teria preferiria acharia diria'.split(' ')),
};

/** Whether the answer says a concrete step as what the speaker would do. Pure. */
export function wouldSteps(answer: string, language: TextLanguage): boolean {
  const lower = answer.toLowerCase().replace(/[’']/g, "'");
  return [...lower.matchAll(wouldThenWord[language])].some((match) => !notSteps[language].has(match[1] ?? ''));
}
