import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartedCompetencies, type ProgressSeries } from './progress-series.ts';

const colours = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777'];

/**
 * Ratings per competency (1–5, left axis) and the overall score (0–100, right axis, its own
 * heavier line) for each reviewed interview, evenly spaced and labelled by date; the legend
 * names every line and shows its values for the interview under the pointer. uPlot loads
 * with this chart only.
 */
export default function ProgressChart({ series }: { series: ProgressSeries }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const dates = series.times.map((s) => new Date(s * 1000).toLocaleDateString(i18n.resolvedLanguage, { day: 'numeric', month: 'short' }));
    const index = series.times.map((_, i) => i);
    const rating = (_u: uPlot, v: number | null) => (v === null ? '—' : `${v}/5`);
    const chart = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 280,
        // One interview per step, whatever the days between them: a date axis of seconds helps nobody.
        scales: {
          x: { time: false, range: [-0.3, Math.max(1, index.length - 1) + 0.3] },
          y: { range: [1, 5] },
          score: { range: [0, 100] },
        },
        axes: [
          { values: (_u, ticks) => ticks.map((i) => (Number.isInteger(i) ? (dates[i] ?? '') : '')), space: 60 },
          { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
          { scale: 'score', side: 1, grid: { show: false }, values: (_u, ticks) => ticks.map((v) => String(v)) },
        ],
        series: [
          { label: t('dashboard.date'), value: (_u, i) => (i === null ? '—' : (dates[i] ?? '—')) },
          ...chartedCompetencies.map((c, i) => ({
            label: t(`competencies.${c}`),
            stroke: colours[i],
            width: 2,
            spanGaps: true,
            points: { size: 6 },
            value: rating,
          })),
          {
            label: t('feedback.overall'),
            scale: 'score',
            stroke: '#111827',
            width: 3,
            dash: [6, 4],
            points: { size: 7 },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : `${v}/100`),
          },
        ],
      },
      [index, ...chartedCompetencies.map((c) => series.ratings[c]), series.overall],
      element,
    );
    return () => chart.destroy();
  }, [series, t, i18n.resolvedLanguage]);
  return <div ref={host} className="progress-chart" role="img" aria-label={t('dashboard.progressHint')} />;
}
