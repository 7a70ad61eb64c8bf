import { plainText } from '@voxly/config';
import { z } from 'zod';

/**
 * Retell's Custom LLM WebSocket messages (shared/reference/retell-llm-websocket.md).
 * Inbound objects are loose: Retell adds fields (word timings, metadata) we do not need.
 */
const transcriptTurn = z.looseObject({
  role: z.string().max(40),
  // A frame carrying control characters is refused whole (logged, ignored): it cannot be stored.
  content: plainText({ label: 'content', max: 20_000, multiline: true }),
});
const transcript = z.array(transcriptTurn).max(2_000);

export const inboundEventSchema = z.discriminatedUnion('interaction_type', [
  z.looseObject({ interaction_type: z.literal('ping_pong'), timestamp: z.number() }),
  z.looseObject({ interaction_type: z.literal('call_details'), call: z.unknown() }),
  z.looseObject({ interaction_type: z.literal('update_only'), transcript, turntaking: z.string().optional() }),
  z.looseObject({
    interaction_type: z.literal('response_required'),
    response_id: z.number().int().nonnegative(),
    transcript,
  }),
  z.looseObject({
    interaction_type: z.literal('reminder_required'),
    response_id: z.number().int().nonnegative(),
    transcript,
  }),
]);
export type InboundEvent = z.infer<typeof inboundEventSchema>;

/** Interaction types we know of but do not act on; anything else unknown is ignored too. */
export const knownInteractionTypes = new Set(['ping_pong', 'call_details', 'update_only', 'response_required', 'reminder_required']);

export type OutboundEvent =
  | { response_type: 'config'; config: { auto_reconnect: boolean; call_details: boolean } }
  | { response_type: 'response'; response_id: number; content: string; content_complete: boolean; end_call?: boolean }
  | { response_type: 'agent_interrupt'; interrupt_id: number; content: string; content_complete: boolean; end_call?: boolean }
  | { response_type: 'ping_pong'; timestamp: number };

export type ParsedFrame =
  { ok: true; event: InboundEvent } | { ok: false; reason: 'not-json' | 'unknown-type' | 'invalid'; detail?: string };

/** One text frame → one event, or why it was ignored. Never throws. */
export function parseFrame(data: string): ParsedFrame {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const type = (json as { interaction_type?: unknown } | null)?.interaction_type;
  if (typeof type !== 'string' || !knownInteractionTypes.has(type)) return { ok: false, reason: 'unknown-type' };
  const parsed = inboundEventSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message };
  return { ok: true, event: parsed.data };
}
