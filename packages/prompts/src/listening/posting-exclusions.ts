import { foldText } from '../fold-text.ts';

/*
 * What a posting rules out is not a must-have: "apoiar o farmacêutico (sem dispensar
 * medicamentos controlados)", "sin manejo de caja", "no experience required" name things the
 * hire will not do or need. Read in any of the three languages: postings mix them.
 */

/** What opens a thing ruled out, folded: "without", "sin", "sem", "no … required", "não é necessária". */
const rulesOut =
  /\b(without|sin|sem|no (prior )?\w+ (is )?(required|needed|necessary)|not (required|needed|necessary)|no (se )?(requiere|necesita|exige)|no es (necesari[oa]|requisito)|nao (e|sera) (necessari[oa]|exigid[oa]|obrigatori[oa])|nao (exigimos|precisa))\b/g;

/** Where the thing ruled out ends: the clause's punctuation. */
const endsClause = /[.;:()\n]|,\s/;

/** The sentence with what it rules out blanked (same length, so positions hold). Pure. */
export function withoutExclusions(sentence: string): string {
  const folded = foldText(sentence).replace(/[’']/g, "'");
  // Folding keeps the length of ordinary text; where it does not, positions would not line up, and the sentence is kept.
  if (folded.length !== sentence.length) return sentence;
  let out = sentence;
  for (const cue of folded.matchAll(rulesOut)) {
    const start = cue.index;
    const stop = endsClause.exec(folded.slice(start + cue[0].length));
    const end = stop ? start + cue[0].length + stop.index : folded.length;
    out = `${out.slice(0, start)}${' '.repeat(end - start)}${out.slice(end)}`;
  }
  return out;
}
