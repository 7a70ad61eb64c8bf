import type { ManualClock } from '@voxly/api/testing';
import type { PlayedInterview, PlayedTurn, SimulatedCandidate } from '@voxly/prompts/corpus';
import { socketUrl } from '../test/support/interview-fixtures.ts';
import { RetellSimulator } from '../test/support/retell-simulator.ts';
import { apiClient } from '../test/support/test-server.ts';

export interface PlayOptions {
  serverUrl: string;
  cookie: string;
  clock: ManualClock;
  maxDurationMs: number;
  /** Interview time a candidate's answer takes (silence is shorter: Retell reminds sooner). */
  answerMs: number;
  silenceMs: number;
  /** How long to wait for a reply in real time (a real model is slow). */
  replyTimeoutMs: number;
}

/**
 * Plays one simulated candidate against the interviewer through the real socket, as
 * Retell would (the whole transcript with every `response_required`, a `reminder_required`
 * for silence), moving the server's clock by each answer's length so the 15-minute rules
 * run in seconds.
 */
export async function playInterview(candidate: SimulatedCandidate, options: PlayOptions): Promise<PlayedInterview> {
  const api = apiClient(options.serverUrl, { cookie: options.cookie });
  const { interviewId, callId } = await api.interview.create.mutate(candidate.scenario);
  const sim = await RetellSimulator.connect(socketUrl(options.serverUrl, callId), { cookie: options.cookie });
  const turns: PlayedTurn[] = [];
  let elapsedMs = 0;
  let ending: PlayedInterview['ending'] = null;
  try {
    turns.push({ role: 'agent', content: await sim.greeting(), atMs: 0 });
    for (let turn = 0; turn < 60 && !ending; turn += 1) {
      const said = candidate.answer(turn);
      const step = said === null ? options.silenceMs : options.answerMs;
      options.clock.advance(step);
      elapsedMs += step;
      const closingInterrupt = () => sim.received.find((m) => m.response_type === 'agent_interrupt' && m.end_call);
      const timeEnd = () => closingInterrupt() ?? sim.closed ?? undefined;
      // Past the limit the engine's own timer has fired: its closing line is on the wire.
      if (elapsedMs >= options.maxDurationMs) await sim.waitFor(timeEnd, options.replyTimeoutMs);
      const interrupt = closingInterrupt();
      if (interrupt || sim.closed) {
        // The clock ran out while the candidate spoke: the engine ended the call itself.
        const atMs = Math.min(elapsedMs, options.maxDurationMs);
        if (interrupt?.content) turns.push({ role: 'agent', content: interrupt.content, atMs });
        ending = { by: interrupt ? 'time' : 'other', atMs };
        break;
      }
      if (said !== null) turns.push({ role: 'user', content: said, atMs: elapsedMs });
      const reply = await sim.say(said ?? '', said === null ? 'reminder_required' : 'response_required', options.replyTimeoutMs);
      if (reply.text) turns.push({ role: 'agent', content: reply.text, atMs: elapsedMs });
      if (reply.endCall) ending = { by: elapsedMs >= options.maxDurationMs ? 'time' : 'interviewer', atMs: elapsedMs };
    }
  } finally {
    sim.close();
  }
  const { field } = await api.interview.get.query({ interviewId });
  return {
    persona: candidate.persona,
    scenario: { ...candidate.scenario, field: field ?? 'general' },
    turns,
    ending,
    maxDurationMs: options.maxDurationMs,
  };
}
