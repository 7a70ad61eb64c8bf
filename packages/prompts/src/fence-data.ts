/**
 * Wraps untrusted text (resume, job description, candidate speech) in a tag the model is
 * told to treat as data. Anything in the text that looks like our tags is neutralised,
 * so a resume cannot close the fence and speak as the system.
 */
export function fenceData(tag: string, text: string, maxChars: number): string {
  const clean = text
    .slice(0, maxChars)
    .replace(/<\s*\/?\s*(resume|job_description|transcript|candidate_data|must_haves)[^>]*>/gi, '[tag removed]');
  return `<${tag}>\n${clean}\n</${tag}>`;
}
