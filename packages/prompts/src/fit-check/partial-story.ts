import { foldText, tokenize } from '../fold-text.ts';
import { bullet } from './resume-roles.ts';

/*
 * Whether the resume the check reads is only part of the candidate's story (#27). An ending needs
 * positive evidence that the candidate has nothing of the trade, and a resume that stops mid-way,
 * or whose line breaks were lost, cannot give it: what it does not show may be in the part not
 * read, or hidden in a line whose roles can no longer be told from its bullets. A short resume that
 * is whole ("Pastry Chef / 10 years in hotel kitchens…", a cashier's role, two bullets and her
 * skills) still says who the candidate is, and is read as before. Pure.
 */

/** A single line this long is a resume whose line breaks were lost, not a one-line summary. */
const MIN_FLATTENED_WORDS = 25;

/**
 * A last line that cannot be the end of one: a separator, or a word that joins to what follows
 * ("and", "y", "de", "em"), lower-case and after a space so that "CDL-A" or "CNH A" are not read as one.
 */
const openEnding =
  /([,;:(&/+–—-]|\s(and|or|of|the|in|at|for|with|to|y|o|de|del|la|el|en|con|para|por|e|ou|da|do|das|dos|em|com|a|na|no))$/u;

/** An education section's heading, folded: a whole resume names where the candidate studied, after their roles. */
const educationHeading = /^\s*(education|educacion|formacion|formacao|estudios|academic)\b/m;

export function partialStory(resumeText: string): boolean {
  const text = resumeText.trimEnd();
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  // Line breaks lost: the roles and studies cannot be told from the bullets.
  if (lines.length === 1 && tokenize(foldText(text)).length >= MIN_FLATTENED_WORDS) return true;
  const last = lines.at(-1) ?? '';
  // It stops mid-line: on a word or mark that leads on, or inside a bracket it opened ("(2019 – ac").
  if (openEnding.test(text) || (last.match(/\(/g)?.length ?? 0) > (last.match(/\)/g)?.length ?? 0)) return true;
  // It stops inside a role's bullets and never reaches where the candidate studied.
  return bullet.test(last) && !educationHeading.test(foldText(text));
}
