import { describe, expect, it } from 'vitest';
import { recordingPolicy, recordingReadDue } from '../src/domain/interview/recording-refresh.ts';

const now = new Date('2026-12-05T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const hour = 60 * 60_000;

describe('recordingReadDue: when a call’s recording is read from the provider again', () => {
  it('trusts a URL for 12 hours after it was given (Retell’s signed URLs live 24), then reads it again', () => {
    expect(recordingPolicy.freshForMs).toBe(12 * hour);
    expect(recordingReadDue({ url: 'https://r.example/a.wav', checkedAt: ago(11 * hour) }, now)).toBe(false);
    expect(recordingReadDue({ url: 'https://r.example/a.wav', checkedAt: ago(12 * hour) }, now)).toBe(true);
    expect(recordingReadDue({ url: 'https://r.example/a.wav', checkedAt: ago(30 * hour) }, now)).toBe(true);
  });

  it('asks for a missing one at once, then at most once a minute', () => {
    expect(recordingReadDue({ url: null, checkedAt: null }, now)).toBe(true);
    expect(recordingReadDue({ url: null, checkedAt: ago(30_000) }, now)).toBe(false);
    expect(recordingReadDue({ url: null, checkedAt: ago(60_000) }, now)).toBe(true);
  });

  it('asks for a URL never checked (a row from before the column) at once', () => {
    expect(recordingReadDue({ url: 'https://r.example/a.wav', checkedAt: null }, now)).toBe(true);
  });
});
