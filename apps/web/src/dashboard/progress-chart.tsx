import { useTranslation } from 'react-i18next';
import { chartedCompetencies, lastChange, pointLabels, sparkline, type ProgressSeries } from './progress-series.ts';

const box = { width: 300, height: 110, pad: { x: 26, top: 20, bottom: 22 } };

interface Row {
  id: string;
  name: string;
  values: (number | null)[];
  range: readonly [number, number];
  /** How a value reads: "4/5", "72/100". */
  format: (value: number) => string;
}

/** One series on its own small chart: its own scale, every value written by its point (no hover needed). */
function Sparkline({ row, labels }: { row: Row; labels: string[] }) {
  const { t } = useTranslation();
  const { points, path } = sparkline(row.values, box, row.range);
  const latest = row.values.at(-1);
  const change = lastChange(row.values);
  const lowY = box.height - box.pad.bottom;
  const step = row.values.length > 1 ? (box.width - 2 * box.pad.x) / (row.values.length - 1) : 0;
  return (
    <figure className="sparkline" data-series={row.id}>
      <figcaption>
        <span className="sparkline-name">{row.name}</span>
        <span className="sparkline-latest">
          {latest == null ? t('dashboard.notRated') : row.format(latest)}
          {change !== null && change !== 0 && (
            <span className={change > 0 ? 'trend up' : 'trend down'}>
              {' '}
              {change > 0 ? '▲' : '▼'} {Math.abs(change)}
            </span>
          )}
        </span>
      </figcaption>
      {points.length === 0 ? (
        <p className="muted">{t('dashboard.neverRated')}</p>
      ) : (
        <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={t('dashboard.seriesLabel', { name: row.name })}>
          {/* The scale's ends, faint: one scale per chart, named once at the left. */}
          <line className="sparkline-grid" x1={box.pad.x} x2={box.width - box.pad.x} y1={box.pad.top} y2={box.pad.top} />
          <line className="sparkline-grid" x1={box.pad.x} x2={box.width - box.pad.x} y1={lowY} y2={lowY} />
          <text className="sparkline-axis" x={2} y={box.pad.top + 4}>
            {row.range[1]}
          </text>
          <text className="sparkline-axis" x={2} y={lowY + 4}>
            {row.range[0]}
          </text>
          {labels.map((_, i) => (
            <text key={i} className="sparkline-tick" x={box.pad.x + i * step} y={box.height - 4} textAnchor="middle">
              #{i + 1}
            </text>
          ))}
          {/* A single rated interview is a dot; two or more, a line. */}
          {points.length > 1 && <path className="sparkline-line" d={path} />}
          {points.map((p) => (
            <g key={p.index} className="sparkline-point" data-label={labels[p.index]}>
              <circle cx={p.x} cy={p.y} r={4}>
                <title>{`#${p.index + 1} · ${labels[p.index] ?? ''}: ${row.format(p.value)}`}</title>
              </circle>
              <text className="sparkline-value" x={p.x} y={p.y - 8} textAnchor="middle">
                {p.value}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}

/**
 * Progress as small multiples: the overall score and each competency on a chart of its own,
 * so no line hides another and each has one scale. Interviews are numbered (#1 oldest) and the
 * key below names each by its day, or day and time when two share a day. Plain SVG: every value
 * is written on the chart, since a phone has no hover.
 */
export default function ProgressChart({ series }: { series: ProgressSeries }) {
  const { t, i18n } = useTranslation();
  const labels = pointLabels(series.times, i18n.resolvedLanguage);
  const rows: Row[] = [
    { id: 'overall', name: t('feedback.overall'), values: series.overall, range: [0, 100], format: (v) => `${v}/100` },
    ...chartedCompetencies.map((c) => ({
      id: c,
      name: t(`competencies.${c}`),
      values: series.ratings[c],
      range: [1, 5] as const,
      format: (v: number) => `${v}/5`,
    })),
  ];
  return (
    <div className="progress-chart" data-testid="progress-chart">
      <div className="sparklines">
        {rows.map((row) => (
          <Sparkline key={row.id} row={row} labels={labels} />
        ))}
      </div>
      <ol className="progress-key" aria-label={t('dashboard.progressKey')}>
        {labels.map((label, i) => (
          <li key={i}>
            <strong>#{i + 1}</strong> {label}
          </li>
        ))}
      </ol>
    </div>
  );
}
