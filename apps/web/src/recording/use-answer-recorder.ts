import { useCallback, useEffect, useRef, useState } from 'react';
import { answerClip } from './answer-timeline.ts';
import { onMicrophoneMayBeBack } from './microphone-permission.ts';
import { addAnswer, appendChunk, deleteExpiredRecordings, deviceRecordingSupported, startTake } from './recording-store.ts';
import { useMicrophonePermission } from './use-microphone-permission.ts';

/** Where the room's recorder is: off (by choice), asking for the microphone, recording, or not possible here. */
export type RecorderPhase = 'off' | 'starting' | 'recording' | 'unavailable';

/** Opus in WebM where the browser has it (Chromium, Firefox); the browser's own choice otherwise (Safari: MP4). */
function recordingMimeType(): string {
  return ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'].find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}

/** One recorder run: when it started, and its writes, each after the one before (chunks stay in order). */
interface Take {
  startedAt: number;
  /** The take's id once stored; null when it could not be. */
  writes: Promise<string | null>;
}

/** Queues a write after the take's others; a failed write loses itself, never the ones after it. */
function then(take: Take, write: (id: string) => Promise<void>) {
  take.writes = take.writes.then(async (id) => {
    if (id) await write(id).catch(() => {});
    return id;
  });
}

/**
 * Browser-voice mode: records the candidate's microphone into this browser's IndexedDB (never
 * uploaded), and notes where each answer sits on the recording's own timeline: from when the
 * candidate's turn opened to when the answer was sent. Each run of the recorder is one take.
 * It follows the microphone while the room is open: refused in the site's settings, the run
 * stops; allowed again (or plugged in), a run that failed starts again, with no reload.
 */
export function useAnswerRecorder(options: { interviewId: string; enabled: boolean; candidateTurnOpen: boolean }) {
  // The current recorder run's phase; whether there is a run at all is derived below.
  const [run, setPhase] = useState<Exclude<RecorderPhase, 'off'>>('starting');
  // Bumped to start a failed run again.
  const [attempt, setAttempt] = useState(0);
  const supported = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && deviceRecordingSupported();
  const refused = useMicrophonePermission() === 'denied';
  const phase: RecorderPhase = !options.enabled ? 'off' : supported && !refused ? run : 'unavailable';
  const failed = options.enabled && supported && !refused && run === 'unavailable';
  const take = useRef<Take | null>(null);
  const turnOpenedAt = useRef<number | null>(null);

  useEffect(() => {
    turnOpenedAt.current = options.candidateTurnOpen ? Date.now() : null;
  }, [options.candidateTurnOpen]);

  // Only a failed run listens: a change while one records (the prompt's "Allow") must not restart it.
  useEffect(() => (failed ? onMicrophoneMayBeBack(() => setAttempt((n) => n + 1)) : undefined), [failed]);

  useEffect(() => {
    if (!options.enabled || !supported || refused) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let recorder: MediaRecorder | null = null;
    void deleteExpiredRecordings().catch(() => {});
    navigator.mediaDevices
      .getUserMedia({ audio: true })
      .then((media) => {
        stream = media;
        if (stopped) return media.getTracks().forEach((track) => track.stop());
        // The microphone went away under the recorder (unplugged; Chromium ends it when the site's permission is revoked).
        for (const track of media.getAudioTracks()) {
          track.addEventListener('ended', () => {
            if (!stopped) setPhase('unavailable');
          });
        }
        const mimeType = recordingMimeType();
        const rec = new MediaRecorder(media, mimeType ? { mimeType } : {});
        recorder = rec;
        // This recorder's take: its last chunk may arrive after a newer take began.
        let mine: Take | null = null;
        rec.onstart = () => {
          const startedAt = Date.now();
          const writes = startTake(options.interviewId, startedAt, rec.mimeType || mimeType).catch(() => {
            setPhase('unavailable');
            return null;
          });
          take.current = mine = { startedAt, writes };
          setPhase('recording');
        };
        rec.ondataavailable = (event) => {
          if (mine && event.data.size > 0) then(mine, (id) => appendChunk(id, event.data));
        };
        rec.onerror = () => setPhase('unavailable');
        rec.start(1_000);
      })
      .catch(() => {
        if (!stopped) setPhase('unavailable');
      });
    return () => {
      stopped = true;
      if (recorder && recorder.state !== 'inactive') recorder.stop(); // its last chunk still arrives
      stream?.getTracks().forEach((track) => track.stop());
      setPhase('starting'); // the next run starts from the beginning
    };
  }, [options.enabled, options.interviewId, supported, refused, attempt]);

  /** The candidate sent an answer to the question at transcript index `question`. */
  const markAnswered = useCallback((question: number) => {
    const current = take.current;
    const openedAt = turnOpenedAt.current;
    if (!current || openedAt === null) return;
    const clip = answerClip({ question, recorderStartedAt: current.startedAt, turnOpenedAt: openedAt, answeredAt: Date.now() });
    if (clip) then(current, (id) => addAnswer(id, clip));
  }, []);

  return { phase, markAnswered };
}
