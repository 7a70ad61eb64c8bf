import type { SessionSetup } from '@voxly/config';
import type { TFunction } from 'i18next';

/** "5 min · Behavioural · Junior": the session's setup in one line, for the report and the history. */
export function sessionSummary(
  t: TFunction,
  setup: { lengthMinutes: number; kind: SessionSetup['kind']; seniority: SessionSetup['seniority'] },
) {
  return t('session.summary', {
    minutes: setup.lengthMinutes,
    kind: t(`session.kinds.${setup.kind}`),
    seniority: t(`session.seniorities.${setup.seniority}`),
  });
}
