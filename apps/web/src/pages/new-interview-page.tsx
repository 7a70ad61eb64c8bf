import { inputLimits, languageNames, languages, type Language } from '@voxly/config';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { trpc } from '../api/trpc.ts';
import { uiLanguage } from '../i18n/i18n.ts';
import { MAX_RESUME_FILE_MB, readResumeFile } from '../interview/resume-file.ts';
import { validateInterviewForm, type FormProblem, type InterviewForm } from '../interview/validate-interview-form.ts';

type Field = keyof InterviewForm;
type Upload = { state: 'reading' | 'done' | 'failed'; message: string } | null;

export function NewInterviewPage() {
  const { t } = useTranslation();
  const me = trpc.account.me.useQuery();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const [form, setForm] = useState<InterviewForm>({ candidateName: '', jobTitle: '', jobDescription: '', resumeText: '' });
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [problems, setProblems] = useState<Partial<Record<Field, FormProblem>>>({});
  const [upload, setUpload] = useState<Upload>(null);
  const create = trpc.interview.create.useMutation({
    onSuccess: async ({ interviewId, accessToken }) => {
      await utils.account.me.invalidate();
      await navigate(`/interview/${interviewId}`, { state: { accessToken } });
    },
  });

  if (me.isPending) return <p className="page muted">{t('common.loading')}</p>;
  if (me.error) return <p className="page error" role="alert">{me.error.message}</p>;
  const name = form.candidateName || me.data.user.name || '';
  if (me.data.credits < 1) {
    return (
      <main className="page">
        <h1>{t('newInterview.title')}</h1>
        <p className="card">
          {t('newInterview.noCredits')} <Link to="/pricing">{t('newInterview.buyPackage')}</Link> {t('newInterview.toStart')}
        </p>
      </main>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form, candidateName: name };
    const found = validateInterviewForm(values);
    setProblems(found);
    if (Object.keys(found).length === 0) create.mutate({ ...values, language });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again re-reads it
    if (!file) return;
    setUpload({ state: 'reading', message: t('newInterview.reading', { file: file.name }) });
    const result = await readResumeFile(file);
    if (!result.ok) {
      const messages = {
        tooLarge: t('newInterview.uploadTooLarge', { max: MAX_RESUME_FILE_MB }),
        wrongType: t('newInterview.uploadWrongType'),
        noText: t('newInterview.uploadNoText', { file: file.name }),
        failed: t('newInterview.uploadFailed', { file: file.name }),
      };
      setUpload({ state: 'failed', message: messages[result.problem] });
      return;
    }
    setForm((f) => ({ ...f, resumeText: result.text }));
    setProblems((p) => ({ ...p, resumeText: undefined }));
    const note = t('newInterview.extracted', { file: file.name, count: result.text.length });
    setUpload({ state: 'done', message: result.truncated ? `${note} ${t('newInterview.truncated', { max: inputLimits.resumeText })}` : note });
  };

  const message = (problem: FormProblem) => t(problem.key, { ...problem, label: t(`newInterview.labels.${problem.field}`) });

  const field = (key: Field, label: string, multiline = false, hint?: string) => {
    const id = `interview-${key}`;
    const value = key === 'candidateName' ? name : form[key];
    const problem = problems[key];
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    const props = {
      id,
      name: key,
      value,
      maxLength: inputLimits[key],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy || undefined,
      onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
    };
    return (
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="muted hint">
            {hint}
          </p>
        )}
        {key === 'resumeText' && (
          <div className="upload">
            <label htmlFor="resume-file" className="button secondary">
              {t('newInterview.upload')}
            </label>
            <input
              id="resume-file"
              type="file"
              className="visually-hidden"
              accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => void onFile(e)}
            />
            {upload && (
              <p className={upload.state === 'failed' ? 'error' : 'muted'} role={upload.state === 'failed' ? 'alert' : 'status'} data-testid="upload-status">
                {upload.message}
              </p>
            )}
          </div>
        )}
        {multiline ? <textarea rows={key === 'resumeText' ? 12 : 8} {...props} /> : <input {...props} />}
        {problem && (
          <p id={`${id}-error`} className="error" role="alert">
            {message(problem)}
          </p>
        )}
      </div>
    );
  };

  return (
    <main className="page">
      <h1>{t('newInterview.title')}</h1>
      <form className="card" onSubmit={submit} noValidate>
        {field('candidateName', t('newInterview.name'))}
        {field('jobTitle', t('newInterview.jobTitle'))}
        {field('jobDescription', t('newInterview.jobDescription'), true, t('newInterview.jobDescriptionHint'))}
        {field('resumeText', t('newInterview.resume'), true, t('newInterview.resumeHint'))}
        <label htmlFor="interview-language">{t('newInterview.language')}</label>
        <select id="interview-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageNames[l]}
            </option>
          ))}
        </select>
        {create.error && (
          <p className="error" role="alert">
            {create.error.message}
          </p>
        )}
        <button type="submit" disabled={create.isPending || upload?.state === 'reading'}>
          {create.isPending ? t('newInterview.starting') : t('newInterview.start')}
        </button>
      </form>
    </main>
  );
}
