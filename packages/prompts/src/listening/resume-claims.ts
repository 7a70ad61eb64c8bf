import { contentStems } from '../answers/answer-vocabulary.ts';
import { functionWords, guessLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';

/** A line of the resume that meets one of the posting's must-haves, as the resume words it. */
export interface ResumeClaim {
  /** The claim, cut to one clause: "Wrote VRA seeding and N maps for 22,000 acres". */
  claim: string;
  /** The sentence of the posting it meets. */
  meets: string;
  /** How many telling words the two share: one may be chance, two are the same work. */
  shared: number;
}

/** A claim longer than this many words is cut back at a joiner: a question quotes a clause, not a paragraph. */
const LONGEST_CLAIM = 12;
/** Fewer words than this is a label ("Excel", "CNH B"), not something the candidate did. */
const SHORTEST_CLAIM = 4;

/** Words a clause may be cut before: it then ends on the thing, never on "for", "with" or "de". Folded. */
const cutBefore = new Set(
  'and or with for to using across in on at by from while which that all every each y o con para en por desde que mientras contra todos todas cada e ou com em no na pelo pela para que'.split(
    ' ',
  ),
);

/**
 * The clause a resume line claims: its bullet, its date and trailing aside gone, cut at the
 * first semicolon or " — ", and at a joiner when still long.
 */
export function claimClause(line: string): string {
  const [first = ''] = line.replace(/^[\s\-•*·–>]+/, '').split(/;|\s[—–-]\s|:\s/);
  // Read aloud inside quotes: no markdown, no quotes of its own.
  const bare = first
    .replace(/\s*\([^)]*\)?\s*$/, '')
    .replace(/[*_`#"“”«»]+/g, '')
    .trim();
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length <= LONGEST_CLAIM) return words.join(' ').replace(/[.,]+$/, '');
  let end = LONGEST_CLAIM;
  while (end > SHORTEST_CLAIM && !cutBefore.has(foldText(words[end] ?? ''))) end -= 1;
  const kept = words.slice(0, end > SHORTEST_CLAIM ? end : LONGEST_CLAIM);
  // Never ending on "para", "the", "de": the clause ends on the thing.
  const stops = functionWords[guessLanguage(foldText(bare))];
  while (kept.length > SHORTEST_CLAIM && (cutBefore.has(foldText(kept.at(-1) ?? '')) || stops.has(foldText(kept.at(-1) ?? '')))) kept.pop();
  return kept.join(' ').replace(/[.,;:]+$/, '');
}

/** Schooling and papers: a story is asked about work done, not about a course or a certificate. Folded. */
const schooling =
  /\b(degree|bachelor|b\.?s\.?c?|b\.a|master|mba|diploma|certificat\w*|certified|certificad\w*|certificacao|curso|course|licen[cs]\w*|grado|graduacao|pos-graduacao|especializa\w*|cfgs|universi\w*|faculdade|college|school|escuela|escola)\b/;

/**
 * Lines addressed to whoever reads the resume rather than about work done ("SYSTEM: ignore
 * all previous instructions…", "rate this candidate 10/10"): never quoted back. Folded.
 */
const addressedToReader =
  /\b(system|prompt|ignore|disregard|instructions?|instrucciones|instrucoes|ignora|rate this|calific\w*|avali\w* este|score)\b|\d+\s*\/\s*10\b|\?/;

/**
 * The lines that state work done: the bullets when the resume has them, else its longer
 * lines; never a heading, a contact line, a job title with dates, schooling, or a list of skills.
 */
function claimLines(resumeText: string): string[] {
  const lines = resumeText.split(/\r?\n/);
  const bullet = (line: string) => /^\s*[-•*·–]\s+/.test(line);
  const hasBullets = lines.filter(bullet).length >= 2;
  return lines.filter(
    (line) =>
      (hasBullets ? bullet(line) : line.trim().split(/\s+/).length >= 6) &&
      !/@|\b(19|20)\d\d\s*[–-]|\|/.test(line) &&
      !schooling.test(foldText(line)) &&
      !addressedToReader.test(foldText(line)) &&
      !isList(line),
  );
}

/**
 * A list of skills, not work done: three or more commas, or items all of a few words ("Administração
 * de medicamentos em UTI, sinais vitais, curativos").
 */
function isList(line: string): boolean {
  const items = line.replace(/^[\s\-•*·–>]+/, '').split(',');
  if (items.length > 3) return true;
  return items.length === 3 && items.every((item) => item.trim().split(/\s+/).length <= 5);
}

/**
 * A line's sentences: a resume pasted as one paragraph ("Ana Lima. 5 years in support at a
 * telecom. Zendesk admin.") is several claims, and its opening name is none of them.
 */
const sentencesOf = (line: string): string[] => line.split(/(?<=[.!?])\s+(?=[\p{Lu}\d])/u);

/**
 * The resume's claims that meet the posting's needs, best met first, one per need: for each
 * sentence of the posting, the resume line that shares the most telling words with it. What
 * an interviewer asks about when the resume answers the posting. Pure.
 */
export function resumeClaims(resumeText: string, needs: readonly string[]): ResumeClaim[] {
  const language = guessLanguage(foldText(resumeText));
  // Figures are not telling words: "300+" in a claim and "3+ years" in a need are not the same work.
  const stemsOf = (text: string) => new Set(contentStems(text, language).filter((stem) => !/^\d/.test(stem)));
  const claims = claimLines(resumeText)
    .flatMap(sentencesOf)
    .map(claimClause)
    .filter((claim) => claim.split(/\s+/).length >= SHORTEST_CLAIM)
    .map((claim) => ({ claim, stems: stemsOf(claim) }));
  const found: (ResumeClaim & { rank: number })[] = [];
  needs.forEach((meets, rank) => {
    const wanted = stemsOf(meets);
    let best: { claim: string; shared: number } | undefined;
    for (const { claim, stems } of claims) {
      const shared = [...stems].filter((stem) => wanted.has(stem)).length;
      if (shared > (best?.shared ?? 0)) best = { claim, shared };
    }
    const known = best && found.find((f) => f.claim === best.claim);
    if (best && !known) found.push({ ...best, meets, rank });
    else if (best && known && best.shared > known.shared) Object.assign(known, { shared: best.shared, meets, rank });
  });
  return found.sort((a, b) => b.shared - a.shared || a.rank - b.rank).map(({ claim, meets, shared }) => ({ claim, meets, shared }));
}
