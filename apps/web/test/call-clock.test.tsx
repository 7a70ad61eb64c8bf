import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallClock } from '../src/interview/call-clock.tsx';

const minute = 60_000;

describe('the call clock', () => {
  afterEach(() => vi.useRealTimers());

  /** The clock of a 15-minute call that started `elapsedMs` ago. */
  function clockAt(elapsedMs: number, coached = false) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T12:00:00Z'));
    render(<CallClock startedAt={new Date(Date.now() - elapsedMs)} lengthMinutes={15} coached={coached} />);
    return screen.getByRole('timer').textContent;
  }

  it('says the warning in words that agree with the seconds beside it', () => {
    expect(clockAt(13 * minute + 49_000)).toBe('1:11 Less than 2 minutes left');
  });

  it('says less than one minute in the last minute', () => {
    expect(clockAt(14 * minute + 59_000)).toBe('0:01 Less than 1 minute left');
  });

  it('shows no warning before the first spoken one', () => {
    expect(clockAt(5 * minute)).toBe('10:00');
  });

  it('shows the time left but no warning in a coached session', () => {
    expect(clockAt(13 * minute + 49_000, true)).toBe('1:11');
  });
});
