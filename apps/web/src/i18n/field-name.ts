import type { TFunction } from 'i18next';
import type { Messages } from './en.ts';

/** The interview's field in the UI's language (the server sends its id). */
export function fieldName(t: TFunction, field: string | null): string {
  const id = (field ?? 'general') as keyof Messages['fields'];
  return t(`fields.${id}`, { defaultValue: t('fields.general') });
}
