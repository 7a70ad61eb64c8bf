import { inputLimits } from '@voxly/config';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type NameProblem = { key: 'signIn.enterName' } | { key: 'signIn.tooLong'; max: number } | { key: 'signIn.needsLetter' };

/** Checks the name as the server will, so the user hears about it before sending. */
export function validateDisplayName(raw: string): NameProblem | null {
  const name = raw.trim();
  if (!name) return { key: 'signIn.enterName' };
  if (name.length > inputLimits.displayName) return { key: 'signIn.tooLong', max: inputLimits.displayName };
  if (!/[\p{L}\p{N}]/u.test(name)) return { key: 'signIn.needsLetter' };
  return null;
}

export function LocalSignInForm({ onSubmit }: { onSubmit: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validateDisplayName(name);
    setError(problem ? t(problem.key, problem) : null);
    if (problem) return;
    setBusy(true);
    try {
      await onSubmit(name.trim());
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card sign-in" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('signIn.title')}</h2>
      <p className="muted">{t('signIn.intro')}</p>
      <label htmlFor={inputId}>{t('signIn.name')}</label>
      <input
        id={inputId}
        name="name"
        autoComplete="name"
        value={name}
        maxLength={inputLimits.displayName + 20}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
