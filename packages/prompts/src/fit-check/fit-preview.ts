import type { Language } from '@voxly/config';
import { detectField } from '../field-detection/detect-field.ts';
import { requirementPhrases } from '../listening/requirement-phrases.ts';
import { checkFit } from './check-fit.ts';

export interface FitPreviewInput {
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  language: Language;
}

export interface FitPreview {
  /** Whether to ask the candidate before they spend a credit. */
  warn: boolean;
  /** When warning: the posting's must-haves the resume does not show, as the posting writes them (at most three). */
  gaps: string[];
}

const SHOWN_GAPS = 3;

/**
 * The fit check run on the form, before any credit is spent: the candidate is told what
 * the resume does not show (a licence, a degree, a named tool the role asks for) and
 * decides whether to start anyway. It warns when the in-call check would end the call on
 * the resume alone, or when a licence or degree the posting names is missing; it never
 * stops anyone. Evidence is the resume's alone: the posting only says what is asked for.
 */
export function fitPreview(input: FitPreviewInput): FitPreview {
  const field = detectField(input).field;
  const requirements = requirementPhrases({ ...input, field }, 6);
  // What the posting only wishes for ('CompTIA A+ deseable') is no gap: the form warns about what the role asks for.
  const missing = requirements.filter((r) => !r.met && !r.wished);
  const verdict = checkFit({ ...input, answers: [] });
  const credentialMissing = missing.some((r) => r.kind === 'credential');
  const gaps = [...missing.filter((r) => r.kind === 'credential'), ...missing.filter((r) => r.kind !== 'credential')]
    .slice(0, SHOWN_GAPS)
    .map((r) => r.phrase);
  const warn = (!verdict.fits || credentialMissing) && gaps.length > 0;
  return { warn, gaps: warn ? gaps : [] };
}
