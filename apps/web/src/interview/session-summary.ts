import type { InterviewMode, SessionSetup } from '@voxly/config';
import type { TFunction } from 'i18next';

export interface SummarisedSetup {
  lengthMinutes: number;
  kind: SessionSetup['kind'];
  seniority: SessionSetup['seniority'];
  /** Absent or real: nothing is added; coached is named, since its figures were earned with help. */
  interviewMode?: InterviewMode;
}

/** "5 min · Behavioural · Junior" (" · Coached"): the session's setup in one line, for the report, the PDF and the history. */
export function sessionSummary(t: TFunction, setup: SummarisedSetup) {
  const line = t('session.summary', {
    minutes: setup.lengthMinutes,
    kind: t(`session.kinds.${setup.kind}`),
    seniority: t(`session.seniorities.${setup.seniority}`),
  });
  return setup.interviewMode === 'coached' ? `${line} · ${t('mode.summary.coached')}` : line;
}
