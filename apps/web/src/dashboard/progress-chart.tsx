import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartedCompetencies, type ProgressSeries } from './progress-series.ts';

const colours = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777'];

/** Ratings per competency over time, drawn by uPlot (loaded with the dashboard chart only). */
export default function ProgressChart({ series }: { series: ProgressSeries }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(280, element.clientWidth);
    const chart = new uPlot(
      {
        width,
        height: 260,
        scales: { y: { range: [1, 5] } },
        axes: [{}, { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) }],
        series: [
          { value: (_u, v) => (v === null ? '' : new Date(v * 1000).toLocaleDateString(i18n.resolvedLanguage)) },
          ...chartedCompetencies.map((c, i) => ({
            label: t(`competencies.${c}`),
            stroke: colours[i],
            width: 2,
            spanGaps: true,
            points: { size: 6 },
          })),
        ],
      },
      [series.times, ...chartedCompetencies.map((c) => series.ratings[c])],
      element,
    );
    return () => chart.destroy();
  }, [series, t, i18n.resolvedLanguage]);
  return <div ref={host} className="progress-chart" role="img" aria-label={t('dashboard.progressHint')} />;
}
