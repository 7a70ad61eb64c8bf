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
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'g');
const allControlInMultiline = everywhere(controlInMultiline);
const allControlInLine = everywhere(controlInLine);
const allLoneSurrogates = everywhere(loneSurrogate);

/** True when `value` is text a person could have typed (no control characters, well formed). */
export function isPlainText(value: string, multiline = false): boolean {
  return !(multiline ? controlInMultiline : controlInLine).test(value) && !loneSurrogate.test(value);
}

/**
 * `value` made storable rather than refused: control characters dropped, a broken UTF-16 half
 * replaced by U+FFFD (as a decoder does). For words a person already said and cannot take
 * back (a live call's transcript): refusing them would leave a turn with no reply.
 */
export function toPlainText(value: string, multiline = false): string {
  if (isPlainText(value, multiline)) return value;
  return value.replace(multiline ? allControlInMultiline : allControlInLine, '').replace(allLoneSurrogates, '\uFFFD');
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

/**
 * The schema for spoken words from a voice provider (the interview socket's transcript,
 * Retell's webhook): bounded like `plainText`, but what cannot be stored is removed
 * (`toPlainText`) instead of refusing the whole frame or event, so the call goes on.
 */
export function spokenText({ max, multiline = false }: Pick<PlainTextOptions, 'max' | 'multiline'>) {
  return z
    .string()
    .max(max)
    .transform((value) => toPlainText(value, multiline));
}
