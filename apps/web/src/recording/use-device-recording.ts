import { useCallback, useEffect, useState } from 'react';
import type { AnswerClip } from './answer-timeline.ts';
import { recordingRetentionMs } from './recording-retention.ts';
import { deleteExpiredRecordings, deviceRecordingSupported, forgetInterviewRecordings, takesOf } from './recording-store.ts';

/** A recording the report can play answers from: its address and where each answer sits in it. */
export interface ReplaySource {
  src: string;
  answers: AnswerClip[];
}

export type DeviceRecording =
  | { status: 'loading' }
  | { status: 'none' }
  /** `deletedOn`: when the newest take leaves this device by itself. */
  | { status: 'kept'; sources: ReplaySource[]; deletedOn: Date };

/**
 * The interview's recording kept in this browser (browser-voice mode), as blob URLs the
 * report plays, and "forget": deleting it from this device. Expired takes are deleted first.
 */
export function useDeviceRecording(interviewId: string, enabled: boolean) {
  const [recording, setRecording] = useState<DeviceRecording>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let urls: string[] = [];
    const load = async (): Promise<DeviceRecording> => {
      if (!enabled || !deviceRecordingSupported()) return { status: 'none' };
      await deleteExpiredRecordings().catch(() => 0);
      const takes = (await takesOf(interviewId)).filter((take) => take.chunks.length > 0);
      const newest = takes.at(-1);
      if (!newest) return { status: 'none' };
      const sources = takes.map((take) => ({
        src: URL.createObjectURL(new Blob(take.chunks, { type: take.mimeType })),
        answers: take.answers,
      }));
      urls = sources.map((source) => source.src);
      return { status: 'kept', sources, deletedOn: new Date(newest.recordedAt + recordingRetentionMs) };
    };
    load()
      .catch((): DeviceRecording => ({ status: 'none' }))
      .then((next) => {
        if (cancelled) urls.forEach((url) => URL.revokeObjectURL(url));
        else setRecording(next);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [interviewId, enabled, version]);

  const forget = useCallback(async () => {
    await forgetInterviewRecordings(interviewId);
    setVersion((v) => v + 1);
  }, [interviewId]);

  return { recording, forget };
}
