import type { Competency, Language } from '@voxly/config';

export type { Competency };

type Localised = Record<Language, { text: string }>;
export interface BankEntry {
  id: string;
  competency: Competency;
  text: Localised;
}

export const q = (id: string, competency: Competency, text: Localised): BankEntry => ({ id, competency, text });
