import { z } from 'zod';

/**
 * Control characters no form, frame or webhook has a reason to carry: C0 (tab, line feed
 * and carriage return aside, for multi-line text), DEL and C1. PostgreSQL refuses NUL
 * outright, and the rest only hide text or break logs.
 */
// Matching control characters is the point of these two.
// eslint-disable-next-line no-control-regex
const controlInMultiline = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const controlInLine = /[\u0000-\u001F\u007F-\u009F]/;
/** Half of a UTF-16 pair without the other half: not text, and a JSON column refuses it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` is text a person could have typed (no control characters, well formed). */
export function isPlainText(value: string, multiline = false): boolean {
  return !(multiline ? controlInMultiline : controlInLine).test(value) && !loneSurrogate.test(value);
}

export interface PlainTextOptions {
  /** How the message names the field ("The job title"). */
  label?: string;
  min?: number;
  max: number;
  /** Line breaks and tabs allowed (descriptions, resumes, transcripts). */
  multiline?: boolean;
  /** Trim surrounding white space first (form fields). */
  trim?: boolean;
}

/**
 * The one string schema for text that comes from outside: the API's inputs, sign-in, the
 * interview socket's frames and both webhooks. Bounded, and refused with a clear message
 * when it carries a control character, so nothing unstorable reaches the database.
 */
export function plainText({ label = 'This text', min = 0, max, multiline = false, trim = false }: PlainTextOptions) {
  const base = trim ? z.string().trim() : z.string();
  const bounded = base
    .min(min, `${label} needs at least ${min} characters.`)
    .max(max, `${label} can have at most ${max.toLocaleString('en')} characters.`);
  return bounded.refine((value) => isPlainText(value, multiline), {
    message: `${label} contains a control character or broken text; remove it and try again.`,
  });
}
