import { spokenText } from '@voxly/config';
import { z } from 'zod';

/**
 * Retell's Custom LLM WebSocket messages (shared/reference/retell-llm-websocket.md).
 * Inbound objects are loose: Retell adds fields (word timings, metadata) we do not need.
 */
const transcriptTurn = z.looseObject({
  role: z.string().max(40),
  // Words the candidate said cannot be refused without leaving their turn unanswered: what
  // cannot be stored (a NUL, a broken UTF-16 half) is removed, and the turn goes on.
  content: spokenText({ max: 20_000, multiline: true }),
});

/** The events, with each transcript turn checked by `turn` (the full check, or none yet). */
const eventsWithTurns = <Turn extends z.ZodType>(turn: Turn) => {
  const transcript = z.array(turn).max(2_000);
  return z.discriminatedUnion('interaction_type', [
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
};

export const inboundEventSchema = eventsWithTurns(transcriptTurn);
/** The same events with their turns not yet looked at: `parseFrame` checks only the turns it has not seen. */
const inboundEnvelopeSchema = eventsWithTurns(z.unknown());
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

/** A transcript turn as checked: its speaker and what was said. */
interface CheckedTurn {
  role: string;
  content: string;
}

/**
 * The turns of the last frame a socket accepted. Retell sends the whole transcript in every
 * frame, many times a second while the candidate speaks: a turn equal to the one at the same
 * place last time was checked then, and the same text passes the same check.
 */
export type SeenTurns = readonly CheckedTurn[];

/** The transcript an event carries, if it carries one. */
export function turnsOf(event: InboundEvent): SeenTurns | undefined {
  return event.interaction_type === 'ping_pong' || event.interaction_type === 'call_details' ? undefined : event.transcript;
}

const sameTurn = (turn: unknown, seen: CheckedTurn | undefined): boolean =>
  seen !== undefined &&
  typeof turn === 'object' &&
  turn !== null &&
  (turn as Partial<CheckedTurn>).content === seen.content &&
  (turn as Partial<CheckedTurn>).role === seen.role;

const invalid = (error: z.ZodError): ParsedFrame => ({ ok: false, reason: 'invalid', detail: error.issues[0]?.message });

/** The frame with only its new or changed turns checked: what `inboundEventSchema` answers, cheaper late in a call. */
function parseAfter(json: unknown, seen: SeenTurns): ParsedFrame {
  const envelope = inboundEnvelopeSchema.safeParse(json);
  if (!envelope.success) return invalid(envelope.error);
  const event = envelope.data;
  // Only the events that carry a transcript: a stray `transcript` key elsewhere is left alone, as the full check leaves it.
  if (event.interaction_type !== 'ping_pong' && event.interaction_type !== 'call_details') {
    const turns = event.transcript;
    for (let i = 0; i < turns.length; i += 1) {
      if (sameTurn(turns[i], seen[i])) continue;
      const turn = transcriptTurn.safeParse(turns[i]);
      if (!turn.success) return invalid(turn.error);
      turns[i] = turn.data;
    }
  }
  return { ok: true, event: event as InboundEvent };
}

/**
 * One text frame → one event, or why it was ignored. Never throws. `seen`: the turns of this
 * socket's last accepted frame, whose equal turns need no second check.
 */
export function parseFrame(data: string, seen: SeenTurns = []): ParsedFrame {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const type = (json as { interaction_type?: unknown } | null)?.interaction_type;
  if (typeof type !== 'string' || !knownInteractionTypes.has(type)) return { ok: false, reason: 'unknown-type' };
  if (seen.length > 0) return parseAfter(json, seen);
  const parsed = inboundEventSchema.safeParse(json);
  if (!parsed.success) return invalid(parsed.error);
  return { ok: true, event: parsed.data };
}
