import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocalSignInForm, validateDisplayName } from '../src/auth/local-sign-in-form.tsx';

describe('validateDisplayName', () => {
  it('accepts real names in any script and refuses what the server refuses', () => {
    expect(validateDisplayName('  Ana María ')).toBeNull();
    expect(validateDisplayName('李雷')).toBeNull();
    expect(validateDisplayName('   ')).toEqual({ key: 'signIn.enterName' });
    expect(validateDisplayName('!!!')).toEqual({ key: 'signIn.needsLetter' });
    expect(validateDisplayName('x'.repeat(81))).toEqual({ key: 'signIn.tooLong', max: 80 });
  });
});

describe('LocalSignInForm', () => {
  it('shows an inline, announced error and does not submit an empty name', async () => {
    const submitted: string[] = [];
    render(<LocalSignInForm onSubmit={(name) => Promise.resolve(void submitted.push(name))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your name.');
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBe('true');
    expect(submitted).toEqual([]);
  });

  it('submits the trimmed name with the keyboard alone', async () => {
    const submitted: string[] = [];
    render(<LocalSignInForm onSubmit={(name) => Promise.resolve(void submitted.push(name))} />);
    await userEvent.type(screen.getByLabelText('Your name'), '  Ana  {Enter}');
    expect(submitted).toEqual(['Ana']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the server’s refusal', async () => {
    render(
      <LocalSignInForm
        onSubmit={() => {
          return Promise.reject(new Error('Use at most 80 characters.'));
        }}
      />,
    );
    await userEvent.type(screen.getByLabelText('Your name'), 'Ana{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Use at most 80 characters.');
  });
});
