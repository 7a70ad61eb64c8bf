import type { FieldId } from '@voxly/config';

// The field ids are the shared vocabulary's (packages/config/src/vocabulary/fields.ts). Adding one: docs/fields.md.
export { fieldIds, type FieldId } from '@voxly/config';

/** Each field's English name, for the prompts (the web app has its own, per language). */

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
