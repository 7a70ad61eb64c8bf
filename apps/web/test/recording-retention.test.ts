import { describe, expect, it } from 'vitest';
import { recordingExpired, recordingRetentionMs } from '../src/recording/recording-retention.ts';

const day = 24 * 60 * 60_000;
const recordedAt = Date.UTC(2026, 11, 5, 12);

describe('recordingExpired: a recording stays in the browser 30 days', () => {
  it('keeps it until 30 days have passed, and deletes it from then on', () => {
    expect(recordingRetentionMs).toBe(30 * day);
    expect(recordingExpired(recordedAt, recordedAt)).toBe(false);
    expect(recordingExpired(recordedAt, recordedAt + 30 * day - 1)).toBe(false);
    expect(recordingExpired(recordedAt, recordedAt + 30 * day)).toBe(true);
    expect(recordingExpired(recordedAt, recordedAt + 400 * day)).toBe(true);
  });

  it('treats a recording dated in the future (a clock moved back) as kept, and a broken date as expired', () => {
    expect(recordingExpired(recordedAt + day, recordedAt)).toBe(false);
    expect(recordingExpired(Number.NaN, recordedAt)).toBe(true);
  });
});
