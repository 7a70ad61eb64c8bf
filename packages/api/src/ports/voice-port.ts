export interface CallRegistration {
  callId: string;
  /** Retell's web-call access token for the browser SDK; null in browser-voice mode. */
  accessToken: string | null;
}

/**
 * Calls. Adapters: Retell (`retell-sdk` createWebCall; Retell then dials our LLM socket)
 * and browser voice (the browser itself dials the LLM socket).
 */
export interface VoicePort {
  readonly mode: 'retell' | 'browser';
  registerCall(input: { interviewId: string; userId: string }): Promise<CallRegistration>;
}
