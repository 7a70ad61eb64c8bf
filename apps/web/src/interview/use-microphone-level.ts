import { useCallback, useEffect, useRef, useState } from 'react';

export type MicrophoneState =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'listening'; level: number; heard: boolean }
  | { kind: 'blocked' }
  | { kind: 'missing' }
  | { kind: 'failed' };

/** Level (0–1) above which the check counts as "we heard you". */
const HEARD_LEVEL = 0.04;

/** What getUserMedia's refusal means for the candidate. */
export function microphoneProblem(error: unknown): 'blocked' | 'missing' | 'failed' {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'blocked';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}

/** Loudness (root mean square, 0–1) of one window of samples centred on 128. */
export function levelOf(samples: Uint8Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const value of samples) {
    const centred = (value - 128) / 128;
    sum += centred * centred;
  }
  return Math.sqrt(sum / samples.length);
}

/**
 * A microphone check before the call: asks for the microphone, then shows its level live
 * (Web Audio analyser) until stopped. Nothing is recorded or sent anywhere.
 */
export function useMicrophoneLevel() {
  const [state, setState] = useState<MicrophoneState>({ kind: 'idle' });
  const stopRef = useRef<() => void>(() => {});

  const stop = useCallback(() => {
    stopRef.current();
    stopRef.current = () => {};
  }, []);

  const start = useCallback(async () => {
    stop();
    if (!navigator.mediaDevices?.getUserMedia) return setState({ kind: 'missing' });
    setState({ kind: 'asking' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      return setState({ kind: microphoneProblem(error) });
    }
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    let heard = false;
    let frame = 0;
    const tick = () => {
      analyser.getByteTimeDomainData(samples);
      const level = levelOf(samples);
      heard ||= level >= HEARD_LEVEL;
      setState({ kind: 'listening', level, heard });
      frame = requestAnimationFrame(tick);
    };
    tick();
    stopRef.current = () => {
      cancelAnimationFrame(frame);
      for (const track of stream.getTracks()) track.stop();
      void context.close();
    };
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, start, stop };
}
