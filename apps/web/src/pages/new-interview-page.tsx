import { inputLimits, languageNames, languages, type Language } from '@voxly/config';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { trpc } from '../api/trpc.ts';
import { validateInterviewForm, type InterviewForm } from '../interview/validate-interview-form.ts';

type Field = keyof InterviewForm;

export function NewInterviewPage() {
  const me = trpc.account.me.useQuery();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const [form, setForm] = useState<InterviewForm>({ candidateName: '', jobTitle: '', jobDescription: '', resumeText: '' });
  const [language, setLanguage] = useState<Language>('en');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const create = trpc.interview.create.useMutation({
    onSuccess: async ({ interviewId }) => {
      await utils.account.me.invalidate();
      await navigate(`/interview/${interviewId}`);
    },
  });

  if (!me.data) return <p className="page muted">Loading…</p>;
  const name = form.candidateName || me.data.user.name || '';
  if (me.data.credits < 1) {
    return (
      <main className="page">
        <h1>New interview</h1>
        <p className="card">
          You have no credits. An interview costs one credit. <Link to="/pricing">Buy a credit package</Link> to start.
        </p>
      </main>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form, candidateName: name };
    const found = validateInterviewForm(values);
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate({ ...values, language });
  };

  const field = (key: Field, label: string, multiline = false, hint?: string) => {
    const id = `interview-${key}`;
    const value = key === 'candidateName' ? name : form[key];
    const props = {
      id,
      name: key,
      value,
      maxLength: inputLimits[key],
      'aria-invalid': errors[key] ? true : undefined,
      'aria-describedby': errors[key] ? `${id}-error` : undefined,
      onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })),
    };
    return (
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && <p className="muted hint">{hint}</p>}
        {multiline ? <textarea rows={8} {...props} /> : <input {...props} />}
        {errors[key] && (
          <p id={`${id}-error`} className="error" role="alert">
            {errors[key]}
          </p>
        )}
      </div>
    );
  };

  return (
    <main className="page">
      <h1>New interview</h1>
      <form className="card" onSubmit={submit} noValidate>
        {field('candidateName', 'Your name')}
        {field('jobTitle', 'Job title')}
        {field('jobDescription', 'Job description', true, 'Paste the job post: the interviewer asks about what it requires.')}
        {field('resumeText', 'Your resume', true, 'Paste your resume as text.')}
        <label htmlFor="interview-language">Interview language</label>
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
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Starting…' : 'Start the interview (1 credit)'}
        </button>
      </form>
    </main>
  );
}
