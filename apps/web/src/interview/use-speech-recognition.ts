import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** The slice of the Web Speech API we use (Chrome still prefixes it). */
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onstart: (() => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** Silence after speech before the answer is sent, as a pause ends a turn in a call. */
const SEND_AFTER_SILENCE_MS = 1_800;
/** A shorter pause: the answer may be complete, so the server can start its reply (it is only sent at the longer pause). */
const PREVIEW_AFTER_SILENCE_MS = 600;

/**
 * Answers by voice where the browser can listen: recognised speech goes to `onText`, a short
 * pause previews it with `onPausing`, and a longer one sends it with `onPause`. Off where
 * speech recognition does not exist; typing always works.
 */
export function useSpeechRecognition(options: {
  language: string;
  enabled: boolean;
  onText(text: string): void;
  onPausing(): void;
  onPause(): void;
}) {
  const supported = recognitionConstructor() !== null;
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(options);
  // The newest callbacks, for the recogniser's events (refs are written after render, not during it).
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const Constructor = recognitionConstructor();
    if (!options.enabled || !Constructor) return;
    const recognition = new Constructor();
    recognition.lang = options.language;
    recognition.continuous = true;
    recognition.interimResults = false;
    let pause: ReturnType<typeof setTimeout> | undefined;
    let pausing: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    recognition.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i];
        if (result?.isFinal) latest.current.onText(result[0].transcript.trim());
      }
      clearTimeout(pause);
      clearTimeout(pausing);
      pausing = setTimeout(() => latest.current.onPausing(), PREVIEW_AFTER_SILENCE_MS);
      pause = setTimeout(() => latest.current.onPause(), SEND_AFTER_SILENCE_MS);
    };
    recognition.onerror = (event) => setError(event.error);
    // Browsers stop listening after a while: start again until turned off.
    recognition.onend = () => {
      if (!stopped) recognition.start();
    };
    recognition.onstart = () => {
      setListening(true);
      setError(null);
    };
    recognition.start();
    return () => {
      stopped = true;
      clearTimeout(pause);
      clearTimeout(pausing);
      recognition.stop();
      setListening(false);
    };
  }, [options.enabled, options.language]);

  const clearError = useCallback(() => setError(null), []);
  return { supported, listening, error, clearError };
}
