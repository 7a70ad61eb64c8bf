import type { Language } from '@voxly/config';
import type { FieldId } from './fields.ts';
import type { BankEntry, Competency } from './question-bank/bank-entry.ts';
import { commonQuestions, seniorityQuestions } from './question-bank/common-questions.ts';
import { peopleFieldQuestions } from './question-bank/people-field-questions.ts';
import { technicalFieldQuestions } from './question-bank/technical-field-questions.ts';

export type { Competency } from './question-bank/bank-entry.ts';

export interface BankQuestion {
  id: string;
  competency: Competency;
  text: string;
}

/** Every field's own questions: a new field that has none fails the type check here. */
const byField: Record<FieldId, BankEntry[]> = { ...technicalFieldQuestions, ...peopleFieldQuestions };

/**
 * The interview plan for a field, in order: the field's questions with the shared
 * behavioural ones woven between them.
 */
export function questionPlan(field: FieldId, language: Language): BankQuestion[] {
  const own = byField[field];
  const order = [own[0], commonQuestions[0], own[1], commonQuestions[1], own[2], commonQuestions[2]].filter((e): e is BankEntry =>
    Boolean(e),
  );
  return order.map((entry) => ({
    id: entry.id,
    competency: entry.competency,
    text: entry.text[language].text,
  }));
}

/** The level's own behavioural question (a junior's learning, a senior's leading); none for mid. */
export function seniorityQuestion(seniority: 'junior' | 'mid' | 'senior', language: Language): BankQuestion | undefined {
  if (seniority === 'mid') return undefined;
  const entry = seniorityQuestions[seniority];
  return { id: entry.id, competency: entry.competency, text: entry.text[language].text };
}
