import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorText } from '../api/error-text.ts';
import { trpc, type RouterOutputs } from '../api/trpc.ts';
import { onDemand } from '../app/on-demand.tsx';
import { useWebAuth } from '../auth/auth-context.ts';
import { Loading, QueryFallback } from '../components/query-fallback.tsx';
import { dashboardSummary } from '../dashboard/dashboard-summary.ts';
import { progressSeries } from '../dashboard/progress-series.ts';
import { progressState } from '../dashboard/progress-state.ts';
import { useScoresFilledIn } from '../dashboard/use-scores-filled-in.ts';
import { fieldName } from '../i18n/field-name.ts';
import { sessionSummary } from '../interview/session-summary.ts';

function ChartLoading() {
  const { t } = useTranslation();
  return <p className="muted">{t('common.loading')}</p>;
}

// The chart loads only when there is progress to draw.
const ProgressChart = onDemand(() => import('../dashboard/progress-chart.tsx').then((m) => m.default), ChartLoading);

type Listed = RouterOutputs['interview']['list'][number];

function InterviewRow({ interview }: { interview: Listed }) {
  const { t, i18n } = useTranslation();
  const minutes =
    interview.startedAt && interview.endedAt ? Math.max(1, Math.round((+interview.endedAt - +interview.startedAt) / 60_000)) : null;
  const ended = interview.status === 'ended';
  const reason = interview.endReason;
  return (
    <tr>
      {/* data-label: on a phone each row is a card that names its cells (see styles.css). */}
      <td data-label={t('dashboard.date')}>{interview.createdAt.toLocaleDateString(i18n.resolvedLanguage, { dateStyle: 'medium' })}</td>
      <td data-label={t('dashboard.job')} className="job">
        {interview.jobTitle}
        <span className="muted"> · {fieldName(t, interview.field)}</span>
        <span className="muted session-summary" data-testid="session-summary">
          {' '}
          · {sessionSummary(t, interview)}
        </span>
      </td>
      <td data-label={t('dashboard.duration')}>{minutes ? t('dashboard.minutes', { minutes }) : '—'}</td>
      <td data-label={t('dashboard.ending')}>{ended ? (reason ? t(`endReasons.${reason}`) : '—') : t('dashboard.inProgress')}</td>
      <td data-label={t('dashboard.score')} data-testid="score">
        {interview.overallScore ?? t('dashboard.noScore')}
        {interview.judged === false && <span className="muted too-few"> · {t('dashboard.tooFew')}</span>}
      </td>
      <td className="open">
        {ended && reason !== 'never_started' ? (
          <Link to={`/feedback/${interview.id}`}>{t('dashboard.feedback')}</Link>
        ) : !ended ? (
          <Link to={`/interview/${interview.id}`}>{t('dashboard.open')}</Link>
        ) : null}
      </td>
    </tr>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const auth = useWebAuth();
  const me = trpc.account.me.useQuery();
  const list = trpc.interview.list.useQuery();
  useScoresFilledIn(list.data);
  const series = useMemo(() => progressSeries(list.data ?? []), [list.data]);
  const summary = useMemo(() => dashboardSummary(list.data ?? []), [list.data]);
  const progress = useMemo(() => progressState(list.data ?? []), [list.data]);
  if (me.error) return <QueryFallback query={me} loading={t('loading.balance')} />;
  // The page's frame shows at once, named from the session; the balance fills in when it arrives.
  const name = me.data?.user.name ?? auth.displayName;
  const credits = me.data?.credits;
  return (
    <main className="page">
      <h1>{name ? t('dashboard.welcomeNamed', { name }) : t('dashboard.welcome')}</h1>
      <section className="card" aria-labelledby="start-heading">
        <h2 id="start-heading">{t('dashboard.practice')}</h2>
        {summary && (
          <div className="summary" data-testid="summary">
            <p className="summary-score">
              {t('dashboard.lastScore')} <strong>{summary.lastScore}</strong>/100
              {summary.change !== null && (
                <span className={summary.change > 0 ? 'trend up' : summary.change < 0 ? 'trend down' : 'trend'} data-testid="trend">
                  {' '}
                  {summary.change > 0 ? '▲ ' : summary.change < 0 ? '▼ ' : ''}
                  {t('dashboard.change', { count: Math.abs(summary.change), sign: summary.change >= 0 ? '+' : '−' })}
                </span>
              )}
            </p>
            {summary.focus && (
              <p data-testid="next-step">
                {t('dashboard.nextStep', { competency: t(`competencies.${summary.focus}`) })}{' '}
                {/* A new interview that leads with it: the form arrives with "focus on what I found hard" ticked. */}
                <Link to="/interview/new?focus=weak-spots" data-testid="next-step-focused">
                  {t('weakSpots.startFocused')}
                </Link>
                {' · '}
                {/* Its questions carry "Practise this question": the free drill for what was rated lowest. */}
                <Link to={`/feedback/${summary.lastInterviewId}`}>{t('dashboard.nextStepLink')}</Link>
              </p>
            )}
          </div>
        )}
        {/* Until the balance arrives its one line holds its place, and the one action below it is
            a button either way (start, or buy at zero credits; the form checks the balance): what
            arrives replaces text of the same height, so nothing below moves. */}
        {credits === undefined ? (
          <Loading text={t('loading.balance')} />
        ) : (
          <p>
            <Trans i18nKey="dashboard.balance" count={credits} components={{ strong: <strong data-testid="dashboard-credits" /> }} />
          </p>
        )}
        <p>{t('dashboard.cost')}</p>
        {credits === 0 ? (
          <Link className="button" to="/pricing">
            {t('dashboard.buyPackage')}
          </Link>
        ) : (
          <Link className="button" to="/interview/new">
            {t('dashboard.start')}
          </Link>
        )}
      </section>
      <section className="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('dashboard.progress')}</h2>
        {progress === 'chart' ? (
          <>
            <p className="muted">{t('dashboard.progressHint')}</p>
            <ProgressChart series={series} />
          </>
        ) : (
          <p className="muted" data-testid="progress-empty">
            {t(progress === 'needs_scores' ? 'dashboard.progressNeedsScores' : 'dashboard.progressEmpty')}
          </p>
        )}
        {list.data?.some((i) => i.interviewMode === 'coached') && (
          <p className="muted" data-testid="coached-out-of-trend">
            {t('mode.trendNote')}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('dashboard.history')}</h2>
        {list.error && (
          <p className="error" role="alert">
            {errorText(list.error, t)}
          </p>
        )}
        {list.data?.length ? (
          <div className="table-scroll">
            <table className="interviews">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.date')}</th>
                  <th scope="col">{t('dashboard.job')}</th>
                  <th scope="col">{t('dashboard.duration')}</th>
                  <th scope="col">{t('dashboard.ending')}</th>
                  <th scope="col">{t('dashboard.score')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('dashboard.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((interview) => (
                  <InterviewRow key={interview.id} interview={interview} />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          !list.isPending && <p className="muted">{t('dashboard.empty')}</p>
        )}
      </section>
    </main>
  );
}
