import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerClip } from './answer-timeline.ts';

/**
 * One player for the whole report (the `<audio>` element it renders with `audioRef`): plays a
 * recording from an answer's start and stops at its end. `playing` is the question whose
 * answer is playing (null: none).
 */
export function useAnswerPlayer() {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState<number | null>(null);

  useEffect(
    () => () => {
      audio.current?.pause();
    },
    [],
  );

  const stop = useCallback(() => {
    audio.current?.pause();
    setPlaying(null);
  }, []);

  const play = useCallback((src: string, clip: AnswerClip) => {
    const el = audio.current;
    if (!el) return;
    el.pause();
    if (el.getAttribute('src') !== src) {
      el.setAttribute('src', src);
      el.load();
    }
    el.ontimeupdate = () => {
      if (el.currentTime >= clip.end) {
        el.pause();
        setPlaying(null);
      }
    };
    el.onended = () => setPlaying(null);
    el.onerror = () => setPlaying(null);
    const start = () => {
      el.currentTime = clip.start;
      el.play().catch(() => setPlaying(null));
    };
    if (el.readyState >= HTMLMediaElement.HAVE_METADATA) start();
    else el.addEventListener('loadedmetadata', start, { once: true });
    setPlaying(clip.question);
  }, []);

  return { audioRef: audio, playing, play, stop };
}
