import { escapePattern } from '../escape-pattern.ts';
import { comparable, digitsOf, namesIn, placeholderPattern, resumeFigures, statedFacts, type StatedFact } from './resume-facts.ts';

export interface InventedFactsInput {
  /** The example answer, as shown. */
  answer: string;
  resumeText: string;
  /**
   * Words the answer may name without the resume: the posting's requirement it says the
   * story shows ("SQL", "Power BI"), quoted as what the role asks for, never as the candidate's.
   */
  allowed?: string[];
}

/** Escapes a phrase for a regular expression. */

/**
 * Every figure, organisation-like name and degree in an example answer that the resume does
 * not contain (placeholders and the allowed phrases aside): what the example would invent.
 * Figures compare by their digits ("3,000" = "3.000"); names and degrees folded, as whole
 * words. A name that opens a sentence is checked without its first word too ("At Hy-Vee"
 * is "Hy-Vee"). Pure.
 */
export function inventedFacts({ answer, resumeText, allowed = [] }: InventedFactsInput): StatedFact[] {
  let text = answer.replace(placeholderPattern, ' . ');
  for (const phrase of allowed.filter((p) => p.trim().length > 0).sort((a, b) => b.length - a.length))
    text = text.replace(new RegExp(escapePattern(phrase), 'giu'), ' . ');
  const figures = resumeFigures(resumeText);
  const resume = comparable(resumeText);
  const inResume = (phrase: string) => {
    const words = comparable(phrase);
    return words.trim() === '' || resume.includes(words);
  };
  const findings: StatedFact[] = [];
  for (const fact of statedFacts(text)) {
    if (fact.kind === 'figure' && !figures.has(digitsOf(fact.text))) findings.push(fact);
    if (fact.kind === 'degree' && !inResume(fact.text)) findings.push(fact);
  }
  for (const name of namesIn(text)) {
    if (inResume(name.text)) continue;
    const rest = name.text.split(' ').slice(1).join(' ');
    if (name.sentenceFirst && inResume(rest)) continue;
    findings.push({ kind: 'name', text: name.text });
  }
  return findings;
}
