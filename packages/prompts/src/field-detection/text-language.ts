import { foldText, tokenize } from '../fold-text.ts';

export type TextLanguage = 'en' | 'es' | 'pt';

/**
 * Function words per language, folded. They tell the languages apart and carry no field
 * signal, so the feature extractor drops them as well.
 */
export const functionWords: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the a an and or of to in on for with at by from as is are be will you your we our us this that it its who what have has can all any into about their they more than over not'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a el la los las un una unos unas y o de del al en con por para que se su sus es son sera tu te nos nuestro nuestra nuestros lo como mas muy sin sobre entre desde hasta este esta estos estas o u e buscamos'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o a os as um uma uns umas e ou de do da dos das no na nos nas em com por para pelo pela que se seu sua seus suas e sao sera voce voces nosso nossa nossos nossas como mais muito sem sobre entre desde ate este esta estes estas ao aos buscamos'.split(
      ' ',
    ),
  ),
};

/** Words only one of the three languages writes, so es and pt are told apart on short texts. */
const telltales: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'with', 'you', 'will', 'of', 'to', 'our', 'your']),
  es: new Set(['y', 'del', 'el', 'los', 'las', 'la', 'una', 'con', 'en', 'tu', 'nuestro', 'nuestra']),
  pt: new Set(['do', 'da', 'dos', 'das', 'em', 'uma', 'com', 'nao', 'ao', 'voce', 'no', 'na', 'nosso', 'nossa']),
};

/** How many words only each language writes appear in a text. */
export function languageCounts(text: string): Record<TextLanguage, number> {
  const counts: Record<TextLanguage, number> = { en: 0, es: 0, pt: 0 };
  for (const token of tokenize(foldText(text))) {
    for (const language of ['en', 'es', 'pt'] as const) {
      if (telltales[language].has(token)) counts[language] += 1;
    }
  }
  return counts;
}

/** Letters only Portuguese or only Spanish writes: what tells a bare title ("Engenheira Agrônoma", "Diseñador") apart. */
const telltaleLetters: [RegExp, TextLanguage][] = [
  [/[ãõçâêô]/iu, 'pt'],
  [/[ñ¿¡]/iu, 'es'],
];

/**
 * The language a job post is written in, by counting function words; with none at all, by
 * its letters; English when nothing tells.
 */
export function guessLanguage(text: string): TextLanguage {
  const counts = languageCounts(text);
  if (counts.en === 0 && counts.es === 0 && counts.pt === 0) return telltaleLetters.find(([letters]) => letters.test(text))?.[1] ?? 'en';
  if (counts.es === 0 && counts.pt === 0) return 'en';
  if (counts.en > counts.es && counts.en > counts.pt) return 'en';
  return counts.pt > counts.es ? 'pt' : 'es';
}
