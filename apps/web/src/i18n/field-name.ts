import type { FieldId } from '@voxly/config';
import type { TFunction } from 'i18next';

/** The interview's field in the UI's language (the server sends its id). */
export function fieldName(t: TFunction, field: FieldId | null): string {
  return t(`fields.${field ?? 'general'}`, { defaultValue: t('fields.general') });
}
