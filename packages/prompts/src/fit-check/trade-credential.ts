import { stemWord } from '../field-detection/stem-word.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { credentialWords, requiredLines, showsMark, tradeShown } from './licensed-role.ts';

/*
 * Training in the trade itself as a condition of the job ("Grado en Fisioterapia
 * (imprescindible)", "Curso técnico em mecânica diesel", "Doctor of Pharmacy") and a candidate
 * saying they lack the trade or its training ("no soy abogado", "nunca soldei", "I haven't been
 * to pharmacy school"). A study word alone is no credential ("degree in a quantitative field"):
 * it is one when the same requirement names the trade the title names. Pure.
 */

/** Words of study or qualification, folded: a credential when they come with the trade. */
const studyWords =
  /\b(degree|school|course|courses|coursework|qualification|apprenticeship|grado|carrera|curso|cursos|estudios|titulacion|formacion|faculdade|formacao|qualificacao|qualificacion)\b/;

/** Whether a folded text names the trade (the word, its family, or its discipline). */
function namesTrade(trade: readonly string[], text: string, language: TextLanguage): boolean {
  if (trade.length === 0) return false;
  const tokens = tokenize(text);
  return tradeShown(
    trade,
    [],
    tokens.map((token) => stemWord(token, language)),
    tokens,
  );
}

/** Whether a requirement of the posting is training or a credential in the trade its title names. */
export function tradeCredentialRequired(trade: readonly string[], jobDescription: string, language: TextLanguage): boolean {
  return requiredLines(jobDescription).some(
    (text) => (studyWords.test(text) || credentialWords.test(text)) && namesTrade(trade, text, language),
  );
}

/**
 * Whether a denied clause is about the trade or its training: names the trade ("não sou
 * farmacêutica", "el grado de fisio no lo tengo"), one of the posting's short credentials
 * ("nem tenho CRTR"), or a credential or course of study ("no tengo cédula", "não fiz faculdade").
 */
export function deniesTrade(
  negatedClauses: readonly string[],
  trade: readonly string[],
  marks: readonly string[],
  language: TextLanguage,
): boolean {
  return negatedClauses.some(
    (clause) =>
      credentialWords.test(clause) ||
      studyWords.test(clause) ||
      marks.some((mark) => showsMark(clause.split(' '), mark)) ||
      namesTrade(trade, clause, language),
  );
}
