import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { interviews } from '../../db/schema.ts';
import type { VoicePort } from '../../ports/voice-port.ts';
import { answerClips, type AnswerClip } from './answer-clips.ts';
import { storeRecordingUrl } from './interview-store.ts';
import { recordingReadDue } from './recording-refresh.ts';
import type { StoredTurn } from './transcript.ts';

/** The call's recording as its owner gets it: the provider's URL as given, and where each answer sits in it. */
export interface OwnerRecording {
  url: string;
  answers: AnswerClip[];
}

/** What the owner's views know of the interview already. */
export interface RecordingSource {
  id: string;
  callId: string;
  voiceMode: string;
  status: string;
  recordingUrl: string | null;
  recordingCheckedAt: Date | null;
  transcript: StoredTurn[];
}

type RecordingVoice = Pick<VoicePort, 'fetchRecordingUrl'>;

/** The voice provider to ask, and who hears when asking fails (the log). */
export interface RecordingServices {
  voice: RecordingVoice;
  onRecordingError?: ((error: unknown) => void) | undefined;
}

/**
 * The recording of an ended provider call, for its owner only (never a shared report). A
 * missing or stale URL (`recordingReadDue`) is read again from the provider and stored; if
 * the provider cannot be reached the URL held is answered. Browser-voice calls have none
 * here: their recording never leaves the candidate's browser.
 */
export async function ownerRecording(
  db: Database,
  { voice, onRecordingError }: RecordingServices,
  source: RecordingSource,
  now: Date,
): Promise<OwnerRecording | null> {
  if (source.voiceMode === 'browser' || source.status !== 'ended') return null;
  let url = source.recordingUrl;
  if (voice.fetchRecordingUrl && recordingReadDue({ url, checkedAt: source.recordingCheckedAt }, now)) {
    try {
      const fetched = await voice.fetchRecordingUrl(source.callId);
      await storeRecordingUrl(db, source.id, fetched, now);
      url = fetched ?? url;
    } catch (error) {
      onRecordingError?.(error);
    }
  }
  return url ? { url, answers: answerClips(source.transcript) } : null;
}

/** The recording of the user's interview (null: not theirs, not a provider call, or none yet). */
export async function recordingOfOwnedInterview(
  db: Database,
  services: RecordingServices,
  userId: string,
  interviewId: string,
  now: Date,
): Promise<OwnerRecording | null> {
  const [row] = await db
    .select({
      id: interviews.id,
      callId: interviews.callId,
      voiceMode: interviews.voiceMode,
      status: interviews.status,
      recordingUrl: interviews.recordingUrl,
      recordingCheckedAt: interviews.recordingCheckedAt,
      transcript: interviews.transcript,
    })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  return row ? ownerRecording(db, services, row, now) : null;
}
