/**
 * Letters of the interview's script. Every interview language (English, Spanish, Brazilian
 * Portuguese) is written in Latin letters; digits, punctuation and symbols are `Common` and
 * never count. Small models drift mid-reply into another script (Han most often), which no
 * word-counting language check can see.
 */
const letter = /\p{L}/u;
const latin = /\p{Script=Latin}/u;

/** Where the first letter outside the Latin script is, or -1 when there is none. */
export function foreignScriptAt(text: string): number {
  let index = 0;
  for (const char of text) {
    if (letter.test(char) && !latin.test(char)) return index;
    index += char.length;
  }
  return -1;
}
