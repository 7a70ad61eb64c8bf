import { stemWord } from '../field-detection/stem-word.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';

/*
 * "I drive a lot of lawyers and chat with them", "acompanhei tudo com o advogado", "llevo muchos
 * abogados en el auto": the trade named as the people the candidate met, served or watched, not as
 * what the candidate is. One's own trade is said in the singular and after a verb of being or doing
 * ("soy abogado", "worked as a nurse"); the trade in the plural, or after "with the", "do", "del", is
 * somebody else. Pure; on folded tokens.
 */

/** Words before a trade's name that make it another person: "with the", "com o", "del", "ao", "my". Folded. */
const othersBefore =
  /^(with|the|my|our|his|her|their|con|el|la|los|las|del|al|mi|mis|su|sus|com|o|a|os|as|do|da|dos|das|ao|aos|pelo|pela|meu|minha|seu|sua|muchos|muchas|varios|varias|muitos|muitas|many|several|some|unos|unas|uns|umas)$/;

/** Words before a trade's name that make it the candidate's own: "as a", "como", "soy", "sou", "I'm a". Folded. */
const ownBefore = /^(as|como|soy|sou|am|im|m|fui|was|trabajo|trabalho|work|worked|trabaje|trabalhei)$/;

/**
 * The clause without the mentions of the trade that name other people: the trade's head in the
 * plural, or after a word of company or possession with no "as"/"como"/"soy" before it.
 */
export function withoutOthersInTrade(tokens: readonly string[], head: readonly string[], language: TextLanguage): string[] {
  if (head.length === 0) return [...tokens];
  return tokens.filter((token, i) => {
    const stem = stemWord(token, language);
    if (!head.includes(stem)) return true;
    const plural =
      token.endsWith('s') && [token.slice(0, -1), token.replace(/es$/, '')].some((single) => stemWord(single, language) === stem);
    const before = tokens.slice(Math.max(0, i - 2), i);
    const own = before.some((word) => ownBefore.test(word));
    const others = plural || before.some((word) => othersBefore.test(word));
    return own || !others;
  });
}
