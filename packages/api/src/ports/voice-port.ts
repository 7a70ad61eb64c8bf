import type { VendorModes } from '@voxly/config';
import type { StoredTurn } from '../domain/interview/transcript.ts';

export interface CallRegistration {
  callId: string;
  /** Retell's web-call access token for the browser SDK; null in browser-voice mode. */
  accessToken: string | null;
  /** When that token stops letting the browser join (null: no token). */
  accessTokenExpiresAt: Date | null;
}

/**
 * Calls. Adapters: Retell (a web call of the version the shipped browser client joins; Retell then dials our LLM socket)
 * and browser voice (the browser itself dials the LLM socket).
 */
export interface VoicePort {
  readonly mode: VendorModes['voice'];
  registerCall(input: { interviewId: string; userId: string }): Promise<CallRegistration>;
  /**
   * The provider's own transcript of a call (with word timings when it has them), for
   * feedback before its webhook has stored it. Absent when the stored one is the truth.
   */
  fetchTranscript?(callId: string): Promise<StoredTurn[] | null>;
  /**
   * The provider's recording of a call as it gives it now (a signed URL may have expired
   * since we were given one); null when it has none (yet). Absent: the provider records nothing.
   */
  fetchRecordingUrl?(callId: string): Promise<string | null>;
}
