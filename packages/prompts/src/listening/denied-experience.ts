import type { Language } from '@voxly/config';
import { textLanguageOf } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

/*
 * "I've never used Epic", "no he trabajado con SAP", "nunca mexi com Tasy": the candidate has
 * said they lack one thing, and an interviewer does not then ask them about it by name. Only
 * a denial of having used, worked with or known it counts: "we never had a problem with SQL"
 * denies no experience of SQL.
 */

/** A denial of having used, worked with or known something, folded; what follows it is what is denied. */
const denial: Record<TextLanguage, RegExp> = {
  en: /\b(?:never|not|haven't|havent|don't|dont|didn't|didnt|no)\s+(?:(?:really|actually|ever|personally|yet|got to|had the chance to|had a chance to)\s+)*(?:used?|using|worked (?:with|on|in)|work (?:with|on|in)|touched|tried|learned|know|knew|done anything (?:with|in)|(?:have|had|got) (?:any |much |real |hands-on )?(?:experience|exposure) (?:with|in|on)|experience (?:with|in|on))\b/g,
  es: /\b(?:nunca|no|todavia no|aun no)\s+(?:(?:he|lo he|la he|lo|la|me ha tocado|tuve la oportunidad de|pude)\s+)*(?:usado|use|usar|uso|utilizado|utilice|trabajado (?:con|en)|trabaje (?:con|en)|trabajar (?:con|en)|manejado|maneje|manejo|tengo experiencia (?:con|en)|tuve experiencia (?:con|en)|conozco|se usar|toque|tocado)\b/g,
  pt: /\b(?:nunca|nao|ainda nao)\s+(?:(?:tive a oportunidade de|cheguei a|consegui)\s+)*(?:usei|usar|uso|utilizei|utilizar|trabalhei (?:com|em|no|na)|trabalhar (?:com|em|no|na)|mexi (?:com|em|no|na)|mexer (?:com|em|no|na)|tenho experiencia (?:com|em|no|na)|tive experiencia (?:com|em|no|na)|conheco|sei usar|operei|operar)\b/g,
};

/** How far after the denial the thing denied may be named, in words. */
const REACH = 6;

/**
 * Whether the text denies having used, worked with or known `term`: a denial, then, within a
 * few words and in the same clause (a comma ends it: precision first), the term's name ("Epic", "Power BI"). Pure.
 */
export function deniesExperienceWith(text: string, term: string, language: TextLanguage): boolean {
  const wanted = tokenize(foldText(term)).filter((token) => token.length > 1);
  if (wanted.length === 0) return false;
  // A named term counts by its names ("Epic" of "Epic extracts", "SAP" of "SAP PM"); a plain one by its words; half of them will do.
  const named = term.split(/\s+/).filter((word) => /^\p{Lu}|\d|[+#]/u.test(word));
  const core = named.length > 0 ? tokenize(foldText(named.join(' '))) : wanted;
  const folded = foldText(text).replace(/[’']/g, "'");
  for (const match of folded.matchAll(denial[language])) {
    const after = folded.slice(match.index + match[0].length).split(/[.,;!?]|\b(?:but|pero|mas|porem)\b/)[0] ?? '';
    const reach = new Set(tokenize(after).slice(0, REACH + core.length));
    if (core.filter((token) => reach.has(token)).length >= Math.ceil(core.length / 2)) return true;
  }
  return false;
}

/**
 * Whether a planned question about a must-have by name is one the candidate's answers have
 * already ruled out ("I've never used Epic" before "tell me about your work in Epic"): the
 * interviewer skips it, and the review does not count it as a question left unanswered. Pure.
 */
export function ruledOut(question: { about?: string }, answers: readonly string[], language: Language): boolean {
  const { about } = question;
  return about !== undefined && answers.some((answer) => deniesExperienceWith(answer, about, textLanguageOf[language]));
}
