import { normaliseTranscript, type VoicePort } from '@voxly/api/interview';
import type { VoiceConfig } from '@voxly/config/server';
import Retell from 'retell-sdk';
import { createWebCallOfVersion } from './create-web-call.ts';
import { recordingUrlSchema, retellTranscriptSchema } from './retell-call-event.ts';

/**
 * Retell web calls. Retell's agent must use our Custom LLM WebSocket
 * (`wss://<public api host>/llm-websocket`); Retell appends the call id.
 */
export function createRetellVoice(config: Extract<VoiceConfig, { kind: 'retell' }>): VoicePort & { client: Retell } {
  const client = new Retell({
    apiKey: config.apiKey,
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    maxRetries: 1,
    timeout: 15_000,
  });
  return {
    mode: 'retell',
    client,
    registerCall({ interviewId, userId }) {
      return createWebCallOfVersion(client, config.webCallVersion, {
        agent_id: config.agentId,
        metadata: { interview_id: interviewId, user_id: userId },
      });
    },
    async fetchTranscript(callId) {
      const call = await client.call.retrieve(callId);
      // Bounded like the webhook's: an outsized answer is not stored.
      const turns = retellTranscriptSchema.safeParse(call.transcript_object ?? []);
      return turns.success && turns.data.length > 0 ? normaliseTranscript(turns.data) : null;
    },
    async fetchRecordingUrl(callId) {
      const call = await client.call.retrieve(callId);
      // Checked like the webhook's: anything but an http(s) URL is no recording.
      return recordingUrlSchema.parse(call.recording_url) ?? null;
    },
  };
}
