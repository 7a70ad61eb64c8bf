/** Papers named by a common noun ("CPA license", "degree in Agronomy"): English asks for "a" one, or "your" one. */
const countable =
  /\b(license|licence|certification|certificate|degree|card|registration|diploma|credential|endorsement)\b(?!.*\b(of|in)\b.*\b(license|licence|certification|certificate|degree|card)\b)/i;

/** Letters whose spoken name opens with a vowel sound: "an RN license", "an MBA", "a CPA license". */
const vowelSoundLetter = /^[AEFHILMNORSX]/;

/** "a" or "an" before a phrase, by how it is said: spelled acronyms by their first letter's name, words by their first letter. */
function indefinite(phrase: string): 'a' | 'an' {
  const first = phrase.split(/\s+/)[0] ?? '';
  // An acronym with a vowel early and four letters or more is said as a word ("a SOCRA", "an OSHA"); a shorter one is spelled ("an RN").
  const saidAsWord = /^\p{Lu}[AEIOU]|^[AEIOU]\p{Lu}[AEIOU]/u.test(first) && first.length >= 4;
  if (/^\p{Lu}{2,6}\b/u.test(first) && !saidAsWord) return vowelSoundLetter.test(first) ? 'an' : 'a';
  return /^[aeiou]/i.test(first) && !/^(uni|use|usu|eu|one)/i.test(first) ? 'an' : 'a';
}

/** The phrase as the object of "asks for": "a CPA license", "an RN license"; a named credential as it is ("BLS", "Certified Crop Adviser"). */
export const withArticle = (phrase: string) =>
  countable.test(phrase) && !/^(a|an|the|your)\s/i.test(phrase) ? `${indefinite(phrase)} ${phrase}` : phrase;

/** The phrase as the candidate's own: "your CPA license"; a named credential as it is. */
export const asTheirs = (phrase: string) => (countable.test(phrase) && !/^(a|an|the|your)\s/i.test(phrase) ? `your ${phrase}` : phrase);
