import { describe, expect, it } from 'vitest';
import { i18next, loadLanguage } from '../src/i18n/i18n.ts';
import { formatClock, initialRoomState, roomReducer, type RoomEvent, type RoomState } from '../src/interview/room-state.ts';
import { validateInterviewForm } from '../src/interview/validate-interview-form.ts';

const play = (events: RoomEvent[], from: RoomState = initialRoomState) => events.reduce(roomReducer, from);
const chunk = (responseId: number, content: string, complete = false, endCall = false): RoomEvent => ({
  type: 'response',
  id: `r${responseId}`,
  responseId,
  content,
  complete,
  endCall,
});

describe('roomReducer', () => {
  it('assembles streamed chunks into one agent turn, then hands the turn to the candidate', () => {
    const state = play([{ type: 'open' }, chunk(0, 'Hi Ana, '), chunk(0, 'tell me about yourself.'), chunk(0, '', true)]);
    expect(state.transcript).toEqual([{ role: 'agent', content: 'Hi Ana, tell me about yourself.' }]);
    expect(state).toMatchObject({ phase: 'live', agentTurn: false, streaming: null });
  });

  it('accepts an answer only on the candidate’s turn and asks for the next response id', () => {
    const live = play([{ type: 'open' }, chunk(0, 'Question?', true)]);
    const answered = roomReducer(live, { type: 'user-said', text: '  My answer.  ' });
    expect(answered.transcript.at(-1)).toEqual({ role: 'user', content: 'My answer.' });
    expect(answered).toMatchObject({ lastResponseId: 1, agentTurn: true });
    expect(roomReducer(answered, { type: 'user-said', text: 'again' })).toBe(answered); // the interviewer's turn now
    expect(roomReducer(live, { type: 'user-said', text: '   ' })).toBe(live);
  });

  it('ignores chunks of a response older than the last one asked for', () => {
    const asked = play([{ type: 'open' }, chunk(0, 'Q', true), { type: 'user-said', text: 'A' }]);
    const stale = roomReducer({ ...asked, lastResponseId: 2 }, chunk(1, 'old words', true));
    expect(stale.transcript.map((t) => t.content)).toEqual(['Q', 'A']);
  });

  it('ends after a closing line with end_call, and refuses further answers', () => {
    const closing = play([{ type: 'open' }, chunk(0, 'Q', true), { type: 'user-said', text: 'A' }, chunk(1, 'Goodbye!', true, true)]);
    expect(closing.closing).toBe(true);
    expect(roomReducer(closing, { type: 'user-said', text: 'wait' })).toBe(closing);
    expect(roomReducer(closing, { type: 'closed', code: 1006 }).phase).toBe('ended');
  });

  it('reconnects after an unexpected drop, but not after a normal close', () => {
    const live = play([{ type: 'open' }]);
    expect(roomReducer(live, { type: 'closed', code: 1006 }).phase).toBe('connecting');
    expect(roomReducer(live, { type: 'closed', code: 1000 }).phase).toBe('ended');
  });

  it('remembers when the socket first went live, across reconnects', () => {
    const first = play([{ type: 'open', at: 1_000 }]);
    expect(first.liveSince).toBe(1_000);
    const again = roomReducer(roomReducer(first, { type: 'closed', code: 1006 }), { type: 'open', at: 9_000 });
    expect(again.liveSince).toBe(1_000);
  });

  it("asks for a reminder only on the candidate's silent turn, then takes the reminder as the interviewer's line", () => {
    const live = play([{ type: 'open' }, chunk(0, 'Question?', true)]);
    const reminded = roomReducer(live, { type: 'remind' });
    expect(reminded).toMatchObject({ lastResponseId: 1, agentTurn: true });
    expect(roomReducer(reminded, { type: 'remind' })).toBe(reminded); // already waiting for it
    const said = roomReducer(reminded, chunk(1, 'Take your time.', true));
    expect(said.transcript.map((t) => t.content)).toEqual(['Question?', 'Take your time.']);
    expect(said.agentTurn).toBe(false);
    const answered = roomReducer(live, { type: 'user-said', text: 'My answer.' });
    expect(roomReducer(answered, { type: 'remind' })).toBe(answered); // the interviewer owes a reply, not a reminder
    const closing = play([chunk(1, 'Goodbye!', true, true)], answered);
    expect(roomReducer(closing, { type: 'remind' })).toBe(closing);
  });
});

describe('formatClock', () => {
  it('shows the time left, never below zero nor above the limit', () => {
    expect(formatClock(-900, 15 * 60_000)).toBe('15:00'); // a browser tick just before the server's start stamp
    expect(formatClock(0, 15 * 60_000)).toBe('15:00');
    expect(formatClock(12 * 60_000 + 30_500, 15 * 60_000)).toBe('2:30');
    expect(formatClock(16 * 60_000, 15 * 60_000)).toBe('0:00');
  });
});

describe('validateInterviewForm', () => {
  it('applies the server’s bounds', async () => {
    const ok = { candidateName: 'Ana', jobTitle: 'Data Engineer', jobDescription: 'x'.repeat(30), resumeText: 'y'.repeat(50) };
    expect(validateInterviewForm(ok)).toEqual({});
    const problems = validateInterviewForm({ ...ok, resumeText: 'short', jobDescription: 'z'.repeat(12_001) });
    expect(problems).toEqual({
      resumeText: { key: 'newInterview.tooShort', field: 'resumeText', min: 50 },
      jobDescription: { key: 'newInterview.tooLongField', field: 'jobDescription', max: 12_000 },
    });
    // What the form shows, in two of its languages (Spanish loads on demand, as in the app).
    await loadLanguage('es');
    const say = (lng: string) =>
      i18next.t(problems.resumeText!.key, { ...problems.resumeText!, lng, label: i18next.t('newInterview.labels.resumeText', { lng }) });
    expect(say('en')).toBe('The resume needs at least 50 characters.');
    expect(say('es')).toBe('El currículum necesita al menos 50 caracteres.');
  });
});
