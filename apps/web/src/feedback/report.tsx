import type { FieldId, WeakSpotFocus } from '@voxly/config';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RouterOutputs } from '../api/trpc.ts';
import { fieldName } from '../i18n/field-name.ts';
import { sessionSummary, type SummarisedSetup } from '../interview/session-summary.ts';
import { useAnswerPlayer } from '../recording/use-answer-player.ts';
import type { ReplaySource } from '../recording/use-device-recording.ts';
import { feedbackPdf } from './feedback-pdf.ts';
import { metricRows } from './metric-rows.ts';
import { weakSpotChanges, weakSpotText } from './weak-spot-changes.ts';

/** A ready review as the report shows it; the owner's recording comes beside it, never inside (a shared report has none). */
export type Ready = Omit<Extract<RouterOutputs['feedback']['get'], { status: 'ready' }>, 'recording'>;

/** What a report is about: the owner's interview, or a shared copy of it (no name there). */
export interface ReportSubject extends Partial<SummarisedSetup> {
  /** Names the PDF file. */
  id: string;
  jobTitle: string;
  candidateName: string | null;
  language: RouterOutputs['interview']['get']['language'];
  createdAt: Date;
  transcript: { role: 'agent' | 'user'; content: string }[];
  /** The last report's weak spots this interview aimed at, for the PDF's "since your last interview". */
  weakSpotFocus?: Pick<WeakSpotFocus, 'competencies'> | null;
}

/** Who wrote the review, as the report says it: a rule-based review is never passed off as the model's. */
const sourceLabels = {
  model: 'feedback.byModel',
  rules: 'feedback.byRules',
  'rules-after-model-failure': 'feedback.byRulesAfterModelFailure',
} as const satisfies Record<Ready['feedback']['source'], string>;
/** The same, for someone reading a shared copy: about the candidate, not to them. */
const readerSourceLabels = {
  model: 'feedback.reader.byModel',
  rules: 'feedback.reader.byRules',
  'rules-after-model-failure': 'feedback.reader.byRulesAfterModelFailure',
} as const satisfies Record<Ready['feedback']['source'], string>;

/** Strengths or improvements: each point with the moment of the transcript it rests on. */
function PointList({ id, title, points }: { id: string; title: string; points: { point: string; evidence: string }[] }) {
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <ul className="points">
        {points.map((p, i) => (
          <li key={i}>
            {p.point}
            <span className="muted evidence">{p.evidence}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const exampleParts = ['situation', 'action', 'result', 'shows'] as const;

/** A question's example of a stronger answer, labelled as an example built from the resume. */
function StrongerExample({ example, t }: { example: NonNullable<Ready['feedback']['questions'][number]['example']>; t: TFunction }) {
  return (
    <figure className="stronger-example" data-testid="stronger-example">
      <figcaption>
        <strong>{t('feedback.example')}</strong>
        <span className="muted"> {t('feedback.exampleHint')}</span>
      </figcaption>
      <dl>
        {exampleParts.map((part) => (
          <div key={part}>
            <dt>{t(`feedback.exampleParts.${part}`)}</dt>
            <dd>{example[part]}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

/**
 * The report is one document in one language, the interview's: the page section, its
 * labels and the PDF alike (the review itself is written in it). Only the controls around
 * it follow the UI's language.
 */
export function Report({
  view,
  interview,
  actions,
  practiseHref,
  reader = false,
  replay = [],
}: {
  view: Ready;
  interview: ReportSubject;
  actions?: ReactNode;
  /** Where "Practise this question" goes (the owner's report only). */
  practiseHref?: (questionIndex: number) => string;
  /** A shared copy: its labels speak about the candidate (the review itself was written to them). */
  reader?: boolean;
  /** Recordings to play each answer from its question (the owner's report only). */
  replay?: ReplaySource[];
}) {
  const { t: ui, i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(interview.language), [i18n, interview.language]);
  const [pdfBusy, setPdfBusy] = useState(false);
  const { audioRef, playing, play, stop } = useAnswerPlayer();
  /** The recording and place of the answer that follows the question at transcript index `question`. */
  const answerTo = (question: number) => {
    for (const source of replay) {
      const clip = source.answers.find((a) => a.question === question);
      if (clip) return { src: source.src, clip };
    }
    return null;
  };
  const { feedback, metrics } = view;
  // Too few real answers (the server counts them): a score, but no hire verdict.
  const verdict = view.judged ? t(`verdicts.${feedback.verdict}`) : t('feedback.tooFewToJudge');
  const rows = metricRows(metrics, t, interview.language, reader);
  const date = interview.createdAt.toLocaleDateString(interview.language, { dateStyle: 'long' });
  const source = t((reader ? readerSourceLabels : sourceLabels)[feedback.source]);
  const metricsTitle = reader ? t('feedback.reader.metrics') : t('feedback.metrics');
  const candidate = reader ? t('feedback.reader.candidate') : t('room.you');
  // The session's setup, as the heading shows it (the sample report has none).
  const { lengthMinutes, kind, seniority, interviewMode } = interview;
  const setup = lengthMinutes && kind && seniority ? sessionSummary(t, { lengthMinutes, kind, seniority, interviewMode }) : undefined;
  const coachedNote = interviewMode === 'coached' ? t(reader ? 'mode.readerNote' : 'mode.reportNote') : undefined;
  const sinceLast = weakSpotText(t, weakSpotChanges(interview.weakSpotFocus ?? null, feedback.ratings), reader);

  const downloadPdf = async () => {
    setPdfBusy(true);
    try {
      const blob = await feedbackPdf(view, interview.transcript, {
        title: `${t('feedback.title')}: ${interview.jobTitle}`,
        subtitle: interview.candidateName ? `${interview.candidateName} · ${date}` : date,
        setup,
        coachedNote,
        sinceLast: sinceLast.lines.length > 0 ? sinceLast : undefined,
        source,
        overall: t('feedback.overall'),
        verdict,
        ratings: t('feedback.ratings'),
        strengths: t('feedback.strengths'),
        improvements: t('feedback.improvements'),
        questions: t('feedback.questions'),
        good: t('feedback.good'),
        stronger: t('feedback.stronger'),
        example: t('feedback.example'),
        exampleParts: {
          situation: t('feedback.exampleParts.situation'),
          action: t('feedback.exampleParts.action'),
          result: t('feedback.exampleParts.result'),
          shows: t('feedback.exampleParts.shows'),
        },
        answerRating: (rating: number) => t('feedback.answerRating', { rating }),
        metrics: metricsTitle,
        transcript: t('feedback.transcript'),
        interviewer: t('room.interviewer'),
        you: candidate,
        notRated: t('feedback.notRated'),
        competency: (id) => t(`competencies.${id}`),
        metricLines: rows.map((r) => `${r.label}: ${r.value}${r.guide ? ` (${r.guide})` : ''}`),
        page: (page, total) => t('feedback.pdfPage', { page, total }),
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `voxly-feedback-${interview.id.slice(0, 8)}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } finally {
      setPdfBusy(false);
    }
  };

  return (
    <article className="report" lang={interview.language}>
      <p className="muted source" data-testid="feedback-source">
        {source}
      </p>
      <div className="report-actions no-print" lang={i18n.resolvedLanguage}>
        {actions}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {ui('feedback.print')}
        </button>
        <button type="button" onClick={() => void downloadPdf()} disabled={pdfBusy}>
          {pdfBusy ? ui('feedback.pdfBusy') : ui('feedback.pdf')}
        </button>
      </div>
      <section className="card score" aria-labelledby="overall-heading">
        <h2 id="overall-heading">{t('feedback.overall')}</h2>
        <p className="big-score">
          <strong data-testid="overall-score">{feedback.overallScore}</strong>/100 · <span data-testid="verdict">{verdict}</span>
        </p>
        {reader && (
          <p className="muted" data-testid="reader-note">
            {t('feedback.reader.note')}
          </p>
        )}
        <p>{feedback.summary}</p>
      </section>
      <section className="card" aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">{t('feedback.ratings')}</h2>
        <ul className="ratings" aria-label={t('feedback.ratingsChart')}>
          {feedback.ratings.map((r) => (
            <li key={r.competency}>
              <span className="rating-name">{t(`competencies.${r.competency}`)}</span>
              {r.rating === null ? (
                <span className="muted not-rated">{t('feedback.notRated')}</span>
              ) : (
                <>
                  <meter min={0} max={5} low={2.5} high={3.5} optimum={5} value={r.rating} aria-label={t(`competencies.${r.competency}`)} />
                  <strong>{r.rating}/5</strong>
                </>
              )}
              <span className="muted evidence">{r.evidence}</span>
            </li>
          ))}
        </ul>
      </section>
      <div className="two-columns">
        <PointList id="strengths" title={t('feedback.strengths')} points={feedback.strengths} />
        <PointList id="improvements" title={t('feedback.improvements')} points={feedback.improvements} />
      </div>
      {feedback.questions.length > 0 && (
        <section className="card" aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('feedback.questions')}</h2>
          <ol className="questions">
            {feedback.questions.map((q, i) => (
              <li key={i}>
                <p className="question">
                  {q.question}
                  {q.rating !== undefined && <span className="answer-rating">{t('feedback.answerRating', { rating: q.rating })}</span>}
                </p>
                <p>
                  <strong>{t('feedback.good')}:</strong> {q.good}
                </p>
                <p>
                  <strong>{t('feedback.stronger')}:</strong> {q.stronger}
                </p>
                {q.example && <StrongerExample example={q.example} t={t} />}
                {practiseHref && (
                  <p className="no-print" lang={i18n.language}>
                    <Link className="practise" to={practiseHref(i)}>
                      {ui('practice.start')}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className="card" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">{metricsTitle}</h2>
        <p className="muted">{t('feedback.metricsHint')}</p>
        <dl className="metrics">
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>
                <strong>{row.value}</strong>
                {row.guide && <span className="muted"> {row.guide}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">{t('feedback.transcript')}</h2>
        {replay.length > 0 && <audio ref={audioRef} className="answer-audio" preload="none" hidden />}
        <ol className="transcript">
          {interview.transcript.map((turn, i) => {
            // The answer's play button sits under the candidate's own words; under the question only when no words follow it.
            const question = turn.role === 'agent' ? i : i - 1;
            const shown =
              turn.role === 'agent' ? interview.transcript[i + 1]?.role !== 'user' : interview.transcript[question]?.role === 'agent';
            const answer = shown ? answerTo(question) : null;
            return (
              <li key={i} className={turn.role}>
                <span className="who">{turn.role === 'agent' ? t('room.interviewer') : candidate}</span>
                <p>{turn.content}</p>
                {answer && (
                  <p className="no-print replay" lang={i18n.language}>
                    <button
                      type="button"
                      className="secondary play-answer"
                      aria-pressed={playing === question}
                      onClick={() => (playing === question ? stop() : play(answer.src, answer.clip))}
                    >
                      {playing === question ? ui('recording.stop') : ui('recording.play')}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}

/** The report's title and subtitle, part of the report: in the interview's language. */
export function ReportHeading({
  jobTitle,
  field,
  language,
  createdAt,
  setup,
  reader = false,
}: {
  jobTitle: string;
  field: FieldId | null;
  language: string;
  createdAt: Date;
  /** The session the candidate chose (none on the sample report). */
  setup?: SummarisedSetup;
  /** A shared copy: the coached note speaks about the candidate. */
  reader?: boolean;
}) {
  const { i18n } = useTranslation();
  const rt = i18n.getFixedT(language);
  return (
    <header lang={language}>
      <h1>
        {rt('feedback.title')}: {jobTitle}
      </h1>
      <p className="muted">
        {rt('feedback.subtitle', { job: fieldName(rt, field), date: createdAt.toLocaleDateString(language, { dateStyle: 'long' }) })}
      </p>
      {setup && (
        <p className="muted" data-testid="session-summary">
          {sessionSummary(rt, setup)}
        </p>
      )}
      {setup?.interviewMode === 'coached' && (
        <p className="coached-note" data-testid="coached-note">
          {rt(reader ? 'mode.readerNote' : 'mode.reportNote')}
        </p>
      )}
    </header>
  );
}
