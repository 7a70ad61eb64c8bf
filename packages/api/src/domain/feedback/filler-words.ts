import type { Language } from '@voxly/config';

/**
 * Filler words per language. `onlyWithPause` marks words that are also ordinary words
 * ("like", "este", "então"): they count only next to a pause mark (comma, ellipsis,
 * dash), which is how transcripts show a filler use.
 */
export interface Filler {
  phrase: string;
  onlyWithPause?: boolean;
}

export const fillers: Record<Language, Filler[]> = {
  en: [
    { phrase: 'um' },
    { phrase: 'umm' },
    { phrase: 'uh' },
    { phrase: 'uhh' },
    { phrase: 'erm' },
    { phrase: 'er' },
    { phrase: 'you know' },
    { phrase: 'i mean', onlyWithPause: true },
    { phrase: 'like', onlyWithPause: true },
    { phrase: 'basically', onlyWithPause: true },
    { phrase: 'sort of', onlyWithPause: true },
    { phrase: 'kind of', onlyWithPause: true },
    { phrase: 'so', onlyWithPause: true },
    { phrase: 'well', onlyWithPause: true },
  ],
  es: [
    { phrase: 'eh' },
    { phrase: 'ehh' },
    { phrase: 'em' },
    { phrase: 'mmm' },
    { phrase: 'o sea' },
    { phrase: 'este', onlyWithPause: true },
    { phrase: 'bueno', onlyWithPause: true },
    { phrase: 'pues', onlyWithPause: true },
    { phrase: 'digamos', onlyWithPause: true },
    { phrase: 'sabes', onlyWithPause: true },
    { phrase: 'tipo', onlyWithPause: true },
  ],
  'pt-BR': [
    { phrase: 'ahn' },
    { phrase: 'hum' },
    { phrase: 'eh' },
    { phrase: 'né' },
    { phrase: 'tipo', onlyWithPause: true },
    { phrase: 'então', onlyWithPause: true },
    { phrase: 'assim', onlyWithPause: true },
    { phrase: 'sabe', onlyWithPause: true },
    { phrase: 'tá', onlyWithPause: true },
    { phrase: 'bom', onlyWithPause: true },
  ],
};
