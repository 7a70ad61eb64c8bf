/**
 * The fields the interviewer adapts to: the classifier's classes, the question bank's
 * keys and the value stored on an interview. Adding one: docs/fields.md.
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

export const fieldNames: Record<FieldId, string> = {
  engineering: 'Engineering',
  ai_ml: 'AI / Machine Learning',
  marketing: 'Marketing',
  sales: 'Sales',
  finance: 'Finance',
  healthcare: 'Healthcare',
  design: 'Design',
  agriculture: 'Agriculture',
  physics: 'Physics',
  general: 'General',
};
