import { practicePolicy } from '@voxly/config';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { errorText } from '../api/error-text.ts';
import { trpc, type RouterOutputs } from '../api/trpc.ts';
import { QueryFallback } from '../components/query-fallback.tsx';
import { formatNumber } from '../i18n/format-number.ts';
import { supportedLanguageOf } from '../i18n/i18n.ts';
import { LanguageGate } from '../i18n/language-gate.tsx';

type Review = RouterOutputs['practice']['answer']['review'];

/** One answer's judgement, in the interview's language: its score, what worked and what to add, with the words it is about. */
function PracticeReview({ review, language }: { review: Review; language: RouterOutputs['practice']['question']['language'] }) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const points = (id: string, title: string, list: Review['strengths']) =>
    list.length > 0 && (
      <section aria-labelledby={id}>
        <h3 id={id}>{title}</h3>
        <ul className="points">
          {list.map((point, i) => (
            <li key={i}>
              {point.text}
              {point.quote && <q className="muted evidence">{point.quote}</q>}
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <section className="card practice-review" lang={language} aria-live="polite">
      <h2 data-testid="practice-score">{t('practice.score', { score: formatNumber(review.score, language) })}</h2>
      {points('practice-strengths', t('practice.strengths'), review.strengths)}
      {points('practice-improvements', t('practice.improvements'), review.improvements)}
    </section>
  );
}

/** "Practice this question": one question of a reviewed interview, answered again and judged on its own, free. */
export function PracticePage() {
  const { t, i18n } = useTranslation();
  const { interviewId, questionIndex } = useParams<{ interviewId: string; questionIndex: string }>();
  const index = Number(questionIndex);
  const valid = /^\d{1,2}$/.test(questionIndex) && index <= 14;
  const question = trpc.practice.question.useQuery({ interviewId, questionIndex: index }, { enabled: valid });
  const utils = trpc.useUtils();
  const answer = trpc.practice.answer.useMutation({ onSuccess: () => utils.practice.question.invalidate() });
  const [draft, setDraft] = useState('');

  if (!valid) return <p className="page error">{t('notFound.title')}</p>;
  if (question.isPending || question.error) return <QueryFallback query={question} loading={t('loading.question')} />;
  const data = question.data;
  const usedUp = data.answersLeft === 0 || answer.error?.data?.code === 'PRECONDITION_FAILED';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim() || answer.isPending) return;
    answer.mutate({ interviewId, questionIndex: index, answer: draft });
  };

  return (
    <main className="page practice">
      <h1>{t('practice.title')}</h1>
      <p className="muted">{data.jobTitle}</p>
      <LanguageGate language={supportedLanguageOf(data.language)}>
        <section className="card" lang={data.language}>
          <p className="question practice-question">{data.question}</p>
        </section>
        {answer.data && <PracticeReview review={answer.data.review} language={data.language} />}
      </LanguageGate>
      <p className="muted" data-testid="practice-left">
        {t('practice.price', { count: practicePolicy.answersPerInterview })} {t('practice.left', { count: data.answersLeft })}
      </p>
      {data.earlier.length > 0 && (
        <p className="muted">
          {t('practice.earlier', { scores: data.earlier.map((e) => `${formatNumber(e.score, i18n.language)}/5`).join(' · ') })}
        </p>
      )}
      {usedUp ? (
        <p className="card">{t('practice.usedUp')}</p>
      ) : (
        <form className="card practice-form" onSubmit={submit}>
          <label htmlFor="practice-answer">{t('practice.yourAnswer')}</label>
          <textarea
            id="practice-answer"
            lang={data.language}
            rows={6}
            maxLength={practicePolicy.maxAnswerChars}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" disabled={answer.isPending || !draft.trim()}>
            {answer.isPending ? t('practice.judging') : t('practice.submit')}
          </button>
          {answer.error && answer.error.data?.code !== 'PRECONDITION_FAILED' && (
            <p className="error" role="alert">
              {errorText(answer.error, t)}
            </p>
          )}
        </form>
      )}
      <p>
        <Link to={`/feedback/${interviewId}`}>{t('practice.backToReport')}</Link>
      </p>
    </main>
  );
}
