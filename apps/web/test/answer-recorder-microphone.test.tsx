import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnswerRecorder } from '../src/recording/use-answer-recorder.ts';
import { FakePermissionStatus, settle, stubNavigator, unstubNavigator } from './support/fake-microphone.ts';

// The store is IndexedDB's; here only whether the recorder runs matters.
vi.mock('../src/recording/recording-store.ts', () => ({
  deviceRecordingSupported: () => true,
  deleteExpiredRecordings: () => Promise.resolve(0),
  startTake: () => Promise.resolve('take'),
  appendChunk: () => Promise.resolve(),
  addAnswer: () => Promise.resolve(),
}));

/** A MediaRecorder that starts at once and records nothing. */
class FakeRecorder {
  static isTypeSupported = () => true;
  state: RecordingState = 'inactive';
  mimeType = 'audio/webm';
  onstart: (() => void) | null = null;
  ondataavailable: ((event: BlobEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  start() {
    this.state = 'recording';
    queueMicrotask(() => this.onstart?.());
  }
  stop() {
    this.state = 'inactive';
  }
}

/** The browser's microphone: refused until `allowed`, a live track once it is. */
function microphone(permission: PermissionState) {
  const status = new FakePermissionStatus(permission);
  const mic = { allowed: false, asked: 0, tracks: [] as (EventTarget & { stop: () => void; stopped: boolean })[] };
  const getUserMedia = () => {
    mic.asked++;
    if (!mic.allowed) return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    const track = Object.assign(new EventTarget(), { stopped: false, stop: () => (track.stopped = true) });
    mic.tracks.push(track);
    return Promise.resolve({ getTracks: () => [track], getAudioTracks: () => [track] });
  };
  const media = Object.assign(new EventTarget(), { getUserMedia, enumerateDevices: () => Promise.resolve([]) });
  stubNavigator('permissions', { query: () => Promise.resolve(status) });
  stubNavigator('mediaDevices', media);
  return { status, mic };
}

const room = () => renderHook(() => useAnswerRecorder({ interviewId: 'interview-1', enabled: true, candidateTurnOpen: false }));

beforeEach(() => vi.stubGlobal('MediaRecorder', FakeRecorder));
afterEach(unstubNavigator);

describe('useAnswerRecorder follows the microphone while the room is open, with no reload', () => {
  it('refused, then allowed in the site’s settings: records; refused again: stops, unavailable', async () => {
    const { status, mic } = microphone('denied');
    const { result } = room();
    await waitFor(() => expect(result.current.phase).toBe('unavailable'));
    mic.allowed = true;
    status.set('granted');
    await waitFor(() => expect(result.current.phase, 'allowed: the recorder runs again').toBe('recording'));
    status.set('denied');
    await waitFor(() => expect(result.current.phase).toBe('unavailable'));
    expect(
      mic.tracks.every((track) => track.stopped),
      'the microphone is let go',
    ).toBe(true);
  });

  it('the prompt dismissed (still "ask"), then allowed: records', async () => {
    const { status, mic } = microphone('prompt');
    const { result } = room();
    await waitFor(() => expect(result.current.phase).toBe('unavailable'));
    await settle();
    mic.allowed = true;
    status.set('granted');
    await waitFor(() => expect(result.current.phase).toBe('recording'));
  });

  it('allowed at the prompt: the recording that began is not restarted by the change', async () => {
    const { status, mic } = microphone('prompt');
    mic.allowed = true;
    const { result } = room();
    await waitFor(() => expect(result.current.phase).toBe('recording'));
    status.set('granted');
    await settle();
    expect(result.current.phase).toBe('recording');
    expect(mic.asked).toBe(1);
  });

  it('the microphone ends under the recorder (unplugged, revoked): unavailable, then a device plugged in records again', async () => {
    const { mic } = microphone('granted');
    mic.allowed = true;
    const { result } = room();
    await waitFor(() => expect(result.current.phase).toBe('recording'));
    mic.tracks[0]!.dispatchEvent(new Event('ended'));
    await waitFor(() => expect(result.current.phase).toBe('unavailable'));
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    await waitFor(() => expect(result.current.phase).toBe('recording'));
    expect(mic.asked).toBe(2);
  });

  it('unmounted: listens to nothing any more', async () => {
    const { status, mic } = microphone('denied');
    const { result, unmount } = room();
    await waitFor(() => expect(result.current.phase).toBe('unavailable'));
    unmount();
    mic.allowed = true;
    status.set('granted');
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    await settle();
    expect(mic.asked).toBe(1);
  });
});
