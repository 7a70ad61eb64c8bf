/**
 * The fields the interviewer adapts to: the classifier's classes, the question bank's keys,
 * the value stored on an interview and the keys of the web's field names. Adding one: docs/fields.md.
 */
export const fieldIds = [
  'engineering',
  'ai_ml',
  'marketing',
  'sales',
  'finance',
  'healthcare',
  'design',
  'agriculture',
  'physics',
  'general',
] as const;
export type FieldId = (typeof fieldIds)[number];
