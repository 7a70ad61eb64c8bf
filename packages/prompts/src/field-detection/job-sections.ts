import { foldText } from '../fold-text.ts';

/**
 * Headings that open what the employer offers rather than what the job is: benefits,
 * perks, pay. Folded, matched at the start of a line. "Convênio médico" under
 * "Benefícios" says nothing about the job's field.
 */
const offerHeading =
  /^\s*(?:[#*•-]\s*)*(?:benefits?|perks|what we offer|we offer|our offer|compensation(?: and benefits)?|what'?s in it for you|why join us|beneficios?|ofrecemos|que ofrecemos|lo que ofrecemos|te ofrecemos|prestaciones|o que oferecemos|oferecemos|nossos beneficios|remuneracao(?: e beneficios)?)\b\s*[:.!-]?/;

/**
 * Headings that open who the employer is rather than what the job is ("About us", "Quiénes
 * somos", "Sobre a empresa"): "we are a fintech" says nothing of a designer's work.
 */
const companyHeading =
  /^\s*(?:[#*•-]\s*)*(?:about us|about the company|who we are|our company|company overview|the company|sobre nosotros|quienes somos|acerca de nosotros|sobre la empresa|la empresa|nuestra empresa|sobre nos|quem somos|sobre a empresa|a empresa|nossa empresa)\b/;
/** "About us: we are …" on one line. */
const companyLine = new RegExp(`${companyHeading.source}\\s*:`);

/** The sections a reader may leave out: the benefits offered, and the employer's own presentation. */
export interface SectionOptions {
  headings: 'keep' | 'drop';
  company?: 'keep' | 'drop';
}

/** A short line that names a section ("Requirements:", "Sobre nós", "## What you'll do"). */
function isHeading(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  if (words > 6) return false;
  if (/[:]\s*$/.test(line) || /^\s*#+\s/.test(line) || /^[^a-z]*[A-ZÀ-Ý][^a-z]*$/.test(line)) return true;
  // "Quem somos", "Key responsibilities", "¿Qué harás?": short, capitalised, no bullet, no full stop.
  return words <= 4 && /^\s*[¿¡]?\p{Lu}/u.test(line) && !/[.;,]\s*$/.test(line);
}

/**
 * The part of a job description that describes the job: every line except the
 * benefits section (from its heading to the next heading) and inline
 * "Benefits: …" or "Ofrecemos …" sentences; with `company: 'drop'`, the employer's
 * presentation too ("About us" and its lines, or an "About us: …" line).
 */
export function jobSections(description: string, options: SectionOptions = { headings: 'keep' }): string {
  const skipped = options.company === 'drop' ? [offerHeading, companyHeading] : [offerHeading];
  const kept: string[] = [];
  let inSkipped = false;
  for (const line of description.split(/\r?\n/)) {
    const folded = foldText(line);
    const opening = skipped.map((pattern) => pattern.exec(folded)).find((match) => match !== null);
    if (opening && /^\s*[:.!-]?\s*$/.test(folded.slice(opening[0].length))) {
      inSkipped = true;
      continue;
    }
    const heading = isHeading(line);
    if (inSkipped && heading) inSkipped = false;
    if (inSkipped || (heading && options.headings === 'drop')) continue;
    // "About us: we are …" on one line goes whole; inline "Benefits: …" or "Ofrecemos …" sentences go.
    if (options.company === 'drop' && companyLine.test(folded)) continue;
    const sentences = line.split(/(?<=[.!?;])\s+/).filter((sentence) => !offerHeading.test(foldText(sentence)));
    kept.push(sentences.join(' '));
  }
  return kept.join('\n');
}
