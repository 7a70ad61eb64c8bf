import { inputLimits } from '@voxly/config';
import { layoutPageText, type PositionedText } from './pdf-text-layout.ts';

/** Bigger files are not resumes; reading them would only freeze the page. */
export const MAX_RESUME_FILE_MB = 5;

export type ResumeFileResult =
  { ok: true; text: string; truncated: boolean } | { ok: false; problem: 'tooLarge' | 'wrongType' | 'noText' | 'failed' };

type Kind = 'pdf' | 'docx';

function kindOf(file: File): Kind | null {
  const name = file.name.toLowerCase();
  if (file.type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || name.endsWith('.docx')) return 'docx';
  return null;
}

/** Runs of blank space collapsed, paragraphs kept: what a reader (and the interviewer) needs. */
export function tidyExtractedText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A PDF's text with its lines and paragraphs, rebuilt from where pdf.js places each run. */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const runs: PositionedText[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      // The transform is [a, b, c, d, x, y]: where the run starts on the page.
      const [, , , , x = 0, y = 0] = item.transform as number[];
      runs.push({ str: item.str, x, y, width: item.width, height: item.height });
    }
    pages.push(layoutPageText(runs));
  }
  return pages.join('\n\n');
}

/**
 * A resume file's text, read in the browser: PDF with unpdf (pdf.js), DOCX with mammoth.
 * Both load only when a file is chosen, so the first page stays small.
 */
export async function readResumeFile(file: File): Promise<ResumeFileResult> {
  const kind = kindOf(file);
  if (!kind) return { ok: false, problem: 'wrongType' };
  if (file.size > MAX_RESUME_FILE_MB * 1024 * 1024) return { ok: false, problem: 'tooLarge' };
  let raw: string;
  try {
    const bytes = await file.arrayBuffer();
    if (kind === 'pdf') {
      raw = await pdfText(bytes);
    } else {
      // mammoth's own browser build: the same code in the page and in component tests.
      const { default: mammoth } = await import('mammoth/mammoth.browser.js');
      raw = (await mammoth.extractRawText({ arrayBuffer: bytes })).value;
    }
  } catch {
    return { ok: false, problem: 'failed' };
  }
  const text = tidyExtractedText(raw);
  if (!text) return { ok: false, problem: 'noText' };
  const truncated = text.length > inputLimits.resumeText;
  return { ok: true, text: truncated ? text.slice(0, inputLimits.resumeText) : text, truncated };
}
