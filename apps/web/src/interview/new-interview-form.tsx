import {
  defaultInterviewMode,
  defaultSessionSetup,
  inputLimits,
  languageNames,
  languages,
  memberOf,
  type InterviewMode,
  type Language,
  type SessionSetup,
} from '@voxly/config';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../i18n/i18n.ts';
import { InterviewModeField } from './interview-mode-field.tsx';
import { MAX_RESUME_FILE_MB, readResumeFile } from './resume-file.ts';
import { SessionSetupFields } from './session-setup-fields.tsx';
import { cleanInterviewForm, validateInterviewForm, type FormProblem, type InterviewForm } from './validate-interview-form.ts';

type Field = keyof InterviewForm;
type Upload = { state: 'reading' | 'done' | 'failed'; message: string } | null;

export interface NewInterviewFormProps {
  defaultName: string;
  busy: boolean;
  /** What the button says while busy, when not starting (checking the resume). */
  busyLabel?: string;
  /** The form stays mounted (its text kept) but is not shown while a warning waits for the candidate. */
  hidden?: boolean;
  /** Why the interview cannot start yet (a spoken call with no working microphone); null when it can. */
  blockedReason?: string | null;
  /** The server's answer when creating failed (already in words). */
  error: string | null;
  onSubmit: (values: InterviewForm & SessionSetup & { language: Language; interviewMode: InterviewMode }) => void;
  /** More choices the page owns, shown under the session's setup (the weak-spots focus). */
  children?: ReactNode;
}

/** The new-interview form: inline validation with the server's bounds, and resume upload (PDF, DOCX). */
export function NewInterviewForm({
  defaultName,
  busy,
  busyLabel,
  hidden = false,
  error,
  blockedReason = null,
  onSubmit,
  children,
}: NewInterviewFormProps) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<InterviewForm>({ candidateName: '', jobTitle: '', jobDescription: '', resumeText: '' });
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [setup, setSetup] = useState<SessionSetup>(defaultSessionSetup);
  const [interviewMode, setInterviewMode] = useState<InterviewMode>(defaultInterviewMode);
  const [problems, setProblems] = useState<Partial<Record<Field, FormProblem>>>({});
  const [upload, setUpload] = useState<Upload>(null);
  const name = form.candidateName || defaultName;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = cleanInterviewForm({ ...form, candidateName: name });
    const found = validateInterviewForm(values);
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit({ ...values, ...setup, language, interviewMode });
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
    setUpload({
      state: 'done',
      message: result.truncated ? `${note} ${t('newInterview.truncated', { max: inputLimits.resumeText })}` : note,
    });
  };

  const message = (problem: FormProblem) => t(problem.key, { ...problem, label: t(`newInterview.labels.${problem.field}`) });

  const field = (key: Field, label: string, multiline = false, hint?: string) => {
    const id = `interview-${key}`;
    const value = key === 'candidateName' ? name : form[key];
    const problem = problems[key];
    // The field stops taking text at its limit (a long paste is cut there): say so, instead of cutting silently.
    const atLimit = value.length >= inputLimits[key];
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : '', atLimit ? `${id}-limit` : ''].filter(Boolean).join(' ');
    const props = {
      id,
      name: key,
      value,
      maxLength: inputLimits[key],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy || undefined,
      onChange: (e: { target: { value: string } }) => {
        const next = { ...form, candidateName: name, [key]: e.target.value };
        setForm(next);
        // A field that showed a problem is checked again as it is typed in, so fixed ones clear.
        if (problems[key]) setProblems((p) => ({ ...p, [key]: validateInterviewForm(next)[key] }));
      },
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
              <p
                className={upload.state === 'failed' ? 'error' : 'muted'}
                role={upload.state === 'failed' ? 'alert' : 'status'}
                data-testid="upload-status"
              >
                {upload.message}
              </p>
            )}
          </div>
        )}
        {multiline ? <textarea rows={key === 'resumeText' ? 12 : 8} {...props} /> : <input {...props} />}
        {atLimit && (
          <p id={`${id}-limit`} className="muted hint" role="status" data-testid="at-limit">
            {t('newInterview.atLimit', { max: inputLimits[key].toLocaleString(i18n.resolvedLanguage) })}
          </p>
        )}
        {problem && (
          <p id={`${id}-error`} className="error" role="alert">
            {message(problem)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="card" onSubmit={submit} noValidate hidden={hidden}>
      {field('candidateName', t('newInterview.name'))}
      {field('jobTitle', t('newInterview.jobTitle'))}
      {field('jobDescription', t('newInterview.jobDescription'), true, t('newInterview.jobDescriptionHint'))}
      {field('resumeText', t('newInterview.resume'), true, t('newInterview.resumeHint'))}
      <label htmlFor="interview-language">{t('newInterview.language')}</label>
      <select id="interview-language" value={language} onChange={(e) => memberOf(languages, e.target.value) && setLanguage(e.target.value)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
      <SessionSetupFields value={setup} onChange={setSetup} />
      {children}
      <InterviewModeField value={interviewMode} onChange={setInterviewMode} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {blockedReason && (
        <p className="notice" id="start-blocked" data-testid="start-blocked">
          {blockedReason}
        </p>
      )}
      <button
        type="submit"
        disabled={busy || upload?.state === 'reading' || blockedReason !== null}
        aria-describedby={blockedReason ? 'start-blocked' : undefined}
      >
        {busy ? (busyLabel ?? t('newInterview.starting')) : t('newInterview.start')}
      </button>
    </form>
  );
}
