import { LONG_ANSWER_WORDS, SHORT_ANSWER_WORDS } from '@voxly/config';
import type { TFunction } from 'i18next';
import type { RouterOutputs } from '../api/trpc.ts';
import { formatNumber } from '../i18n/format-number.ts';

type Metrics = Extract<RouterOutputs['feedback']['get'], { status: 'ready' }>['metrics'];

export interface MetricRow {
  label: string;
  value: string;
  guide: string;
}

/** The speech metrics in words, each beside plain guidance: one list for the page and the PDF (a shared copy's reader is told about the candidate). */
export function metricRows(m: Metrics, t: TFunction, language: string, reader = false): MetricRow[] {
  const fillerTop = m.fillers.top.map((f) => `“${f.phrase}” ×${f.count}`).join(', ');
  const rows: MetricRow[] = [
    {
      label: t('feedback.metric.pace'),
      value: m.wordsPerMinute === null ? t('feedback.metric.paceUnknown') : t('feedback.metric.paceValue', { value: m.wordsPerMinute }),
      guide: t('feedback.metric.paceGuide'),
    },
    {
      label: t('feedback.metric.fillers'),
      value: t('feedback.metric.fillersValue', { value: formatNumber(m.fillers.perHundredWords, language) }),
      guide: [t('feedback.metric.fillersGuide'), fillerTop ? t('feedback.metric.fillersTop', { list: fillerTop }) : '']
        .filter(Boolean)
        .join(' '),
    },
    {
      label: reader ? t('feedback.reader.talkShare') : t('feedback.metric.talkShare'),
      value: t('feedback.metric.talkShareValue', { value: Math.round(m.talkShare * 100) }),
      guide: reader ? t('feedback.reader.talkShareGuide') : t('feedback.metric.talkShareGuide'),
    },
    {
      label: t('feedback.metric.answers'),
      value: t('feedback.metric.answersValue', { count: m.answers, average: m.averageAnswerWords, longest: m.longestAnswerWords }),
      guide: t('feedback.metric.answersGuide'),
    },
    {
      label: t('feedback.metric.shortLong'),
      value: t('feedback.metric.shortLongValue', { short: m.shortAnswers, long: m.longAnswers }),
      guide: t('feedback.metric.shortLongGuide', { short: SHORT_ANSWER_WORDS, long: LONG_ANSWER_WORDS }),
    },
  ];
  if (m.endReason) {
    const value = reader && m.endReason === 'candidate_ended' ? t('feedback.reader.candidateEnded') : t(`endReasons.${m.endReason}`);
    rows.push({ label: t('feedback.metric.endReason'), value, guide: '' });
  }
  return rows;
}
