import { foldText } from '../fold-text.ts';

/** A fact a text states that a reader could check: a figure, an organisation-like name, a degree. */
export interface StatedFact {
  kind: 'figure' | 'name' | 'degree';
  /** As the text writes it. */
  text: string;
}

/** "[your figure]", "[tu cifra]", "[sua métrica]": what the candidate fills in, never a claim. */
export const placeholderPattern = /\[[^\]\n]{1,60}\]/g;

/** Figures: digits with their inner separators ("3,000", "1.5", "2021"), a trailing % kept for reading. */
const figurePattern = /\d+(?:[.,]\d+)*\s?%?/g;

/**
 * Degrees and titles a resume states, in the three languages, folded. A degree in an answer
 * is a claim only the resume can back.
 */
const degreePattern =
  /\b(b\.s\.?|bsc?|b\.a\.|bsn|msc|m\.s\.|mba|ph\.?\s?d\.?|md|bachelor'?s?|master'?s?|associate'?s? degree|doctorate|doctoral|licenciatura|licenciad[oa]|grado en|maestria|master en|doctorado|ingenier[oa] en|tecnic[oa] superior|bacharelado|bacharel|mestrado|doutorado|pos-graduacao|posgrado|tecnologo|graduacao em)(?![\p{L}])/gu;

/** Words that join the parts of one name: "Bank of America", "Banco do Brasil", "Universidad de Chile". */
const nameJoiners = new Set(['of', 'de', 'del', 'do', 'da', 'dos', 'das', 'la', 'el', '&']);

/** A token that looks like part of a name: a capital first letter, or an inner capital or digit ("iFood", "GA4"). */
const namedToken = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u;
/** A single token that is a name even at the start of a sentence: an acronym or a mixed-case word ("SQL", "PostgreSQL"). */
const nameEvenFirst = /^(?:\p{Lu}{2,}[\p{L}\p{N}]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|[\p{L}]+\d[\p{L}\p{N}]*)$/u;

/**
 * The organisation-like names of a text: runs of capitalised words ("Hy-Vee Corporate",
 * "Banco do Brasil"), acronyms and mixed-case words ("SQL", "PostgreSQL"). A run that opens a
 * sentence may owe its first capital to the sentence ("At Hy-Vee"): `sentenceFirst` says so.
 */
export function namesIn(text: string): { text: string; sentenceFirst: boolean }[] {
  const names: { text: string; sentenceFirst: boolean }[] = [];
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n+|\s[—–-]\s|[(),"“”«»/]/u)) {
    const tokens = sentence
      .split(/\s+/)
      .map((raw) => raw.replace(/^[¿¡'‘]+|[.,;:!?'’]+$/gu, ''))
      .filter(Boolean);
    let run: string[] = [];
    let runStart = -1;
    const flush = () => {
      while (nameJoiners.has(run.at(-1)?.toLowerCase() ?? '')) run.pop();
      if (run.length) names.push({ text: run.join(' '), sentenceFirst: runStart === 0 && !nameEvenFirst.test(run[0] ?? '') });
      run = [];
    };
    tokens.forEach((token, index) => {
      if (token !== 'I' && namedToken.test(token)) {
        if (!run.length) runStart = index;
        run.push(token);
      } else if (run.length && nameJoiners.has(token.toLowerCase())) run.push(token);
      else flush();
    });
    flush();
  }
  return names;
}

/** Every figure, organisation-like name and degree a text states, in order. Placeholders state nothing. Pure. */
export function statedFacts(text: string): StatedFact[] {
  const plain = text.replace(placeholderPattern, ' . ');
  const figures = (plain.match(figurePattern) ?? []).map((f) => ({ kind: 'figure' as const, text: f.trim() }));
  const degrees = (foldText(plain).match(degreePattern) ?? []).map((d) => ({ kind: 'degree' as const, text: d }));
  const names = namesIn(plain).map((n) => ({ kind: 'name' as const, text: n.text }));
  return [...figures, ...names, ...degrees];
}

/** A figure's digits: "3,000", "3.000" and "3000" are one figure; "40 %" and "40%" too. */
export const digitsOf = (figure: string) => figure.replace(/\D/g, '');

/** Folded, with every run of non-letters as one space: how names and degrees are compared. */
export const comparable = (text: string) =>
  ` ${foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The figures of a resume, as digits, to check an answer's against. */
export function resumeFigures(resumeText: string): Set<string> {
  return new Set((resumeText.match(figurePattern) ?? []).map(digitsOf));
}
