import type { Language } from '@voxly/config';

export type Competency = 'technical_depth' | 'problem_solving' | 'communication' | 'role_fit' | 'behavioural';

type Localised = Record<Language, { text: string }>;
export interface BankEntry {
  id: string;
  competency: Competency;
  text: Localised;
}

export const q = (id: string, competency: Competency, text: Localised): BankEntry => ({ id, competency, text });
