import { inputLimits } from '@voxly/config';
import { useId, useState, type FormEvent } from 'react';

/** Checks the name as the server will, so the user hears about it before sending. */
export function validateDisplayName(raw: string): string | null {
  const name = raw.trim();
  if (!name) return 'Enter your name.';
  if (name.length > inputLimits.displayName) return `Use at most ${inputLimits.displayName} characters.`;
  if (!/[\p{L}\p{N}]/u.test(name)) return 'Use at least one letter or digit in your name.';
  return null;
}

export function LocalSignInForm({ onSubmit }: { onSubmit(name: string): Promise<void> }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validateDisplayName(name);
    setError(problem);
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
    <form className="card sign-in" onSubmit={submit} noValidate>
      <h1>Sign in to Voxly</h1>
      <p className="muted">
        Local mode: no password. Your name is your account on this machine, so signing in again with the same name
        finds the same credits and interviews.
      </p>
      <label htmlFor={inputId}>Your name</label>
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
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
