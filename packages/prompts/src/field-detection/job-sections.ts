import { foldText } from '../fold-text.ts';

/**
 * Headings that open what the employer offers rather than what the job is: benefits,
 * perks, pay. Folded, matched at the start of a line. "Convênio médico" under
 * "Benefícios" says nothing about the job's field.
 */
const offerHeading =
  /^\s*(?:[#*•-]\s*)*(?:benefits?|perks|what we offer|we offer|our offer|compensation(?: and benefits)?|what'?s in it for you|why join us|beneficios?|ofrecemos|que ofrecemos|lo que ofrecemos|te ofrecemos|prestaciones|o que oferecemos|oferecemos|nossos beneficios|remuneracao(?: e beneficios)?)\b\s*[:.!-]?/;

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
 * "Benefits: …" or "Ofrecemos …" sentences.
 */
export function jobSections(description: string, options: { headings: 'keep' | 'drop' } = { headings: 'keep' }): string {
  const kept: string[] = [];
  let inOffer = false;
  for (const line of description.split(/\r?\n/)) {
    const folded = foldText(line);
    const offer = offerHeading.exec(folded);
    if (offer && folded.slice(offer[0].length).trim() === '') {
      inOffer = true;
      continue;
    }
    const heading = isHeading(line);
    if (inOffer && heading) inOffer = false;
    if (inOffer || (heading && options.headings === 'drop')) continue;
    const sentences = line.split(/(?<=[.!?;])\s+/).filter((sentence) => !offerHeading.test(foldText(sentence)));
    kept.push(sentences.join(' '));
  }
  return kept.join('\n');
}
