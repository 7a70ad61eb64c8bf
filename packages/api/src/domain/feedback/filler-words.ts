import type { Language } from '@voxly/config';

/**
 * Filler words per language. `onlyWithPause` marks words that are also ordinary words
 * ("like", "este", "então"): they count only next to a pause mark (comma, ellipsis,
 * dash), which is how transcripts show a filler use.
 */
export interface Filler {
  phrase: string;
  onlyWithPause?: boolean;
  /**
   * Words right before it that make it the ordinary word, pause or not: "I would like,"
   * is the verb, "as well," and "I think so," are not hesitations.
   */
  notAfter?: readonly string[];
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
    {
      phrase: 'like',
      onlyWithPause: true,
      notAfter: [
        'i',
        'you',
        'we',
        'they',
        'would',
        "i'd",
        "we'd",
        'really',
        'do',
        "don't",
        'did',
        "didn't",
        'to',
        'also',
        'not',
        'much',
        'feel',
        'looks',
        'look',
        'things',
      ],
    },
    { phrase: 'basically', onlyWithPause: true },
    { phrase: 'sort of', onlyWithPause: true },
    { phrase: 'kind of', onlyWithPause: true },
    { phrase: 'so', onlyWithPause: true, notAfter: ['think', 'hope', 'guess', 'said', 'do', 'did', 'and', 'not', 'or', 'believe'] },
    {
      phrase: 'well',
      onlyWithPause: true,
      notAfter: ['as', 'very', 'pretty', 'really', 'quite', 'so', 'went', 'worked', 'work', 'done', 'did', 'do'],
    },
  ],
  es: [
    { phrase: 'eh' },
    { phrase: 'ehh' },
    { phrase: 'em' },
    { phrase: 'mmm' },
    { phrase: 'o sea' },
    { phrase: 'este', onlyWithPause: true, notAfter: ['en', 'de', 'a', 'por', 'para', 'con', 'desde', 'hasta', 'sobre'] },
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
    { phrase: 'assim', onlyWithPause: true, notAfter: ['foi', 'é', 'e', 'como', 'mesmo', 'ficou', 'fiz', 'faz', 'fazemos'] },
    { phrase: 'sabe', onlyWithPause: true },
    { phrase: 'tá', onlyWithPause: true },
    { phrase: 'bom', onlyWithPause: true },
  ],
};
