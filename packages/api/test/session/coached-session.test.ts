import { coachingHint, spokenLines } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import { hintAfterAnswer } from '../../src/domain/interview/session/answer-hint.ts';
import { InterviewSession } from '../../src/domain/interview/session/interview-session.ts';
import { FakeTransport, heldModel, interviewRecord, memoryStore, sessionSetup, settle } from './session-fakes.ts';

const minute = 60_000;
type Turn = { role: 'agent' | 'user'; content: string };

function call(interviewMode: 'real' | 'coached') {
  const llm = heldModel();
  const transport = new FakeTransport();
  const memory = memoryStore();
  const setup = sessionSetup();
  const record = interviewRecord({ interviewMode });
  const session = new InterviewSession(record, { ...setup, llm, store: memory.store, onClosed() {} });
  session.attach(transport);
  const greeting: Turn = { role: 'agent', content: transport.textOf(0) };
  return { session, llm, transport, setup, record, greeting };
}

const vague = 'We worked on the migration as a team and it went well in the end, everyone helped a lot.';

describe('a coached session', () => {
  it('says the local review’s hint on the answer before the model’s reply, whatever the model says', async () => {
    const { session, llm, transport, record, greeting } = call('coached');
    const transcript = [greeting, { role: 'user' as const, content: vague }];
    session.handle({ interaction_type: 'response_required', response_id: 1, transcript });
    llm.calls.at(-1)!.release();
    await settle();
    const expected = coachingHint({
      question: greeting.content,
      jobTitle: record.jobTitle,
      jobDescription: record.jobDescription,
      answer: vague,
      language: 'en',
    });
    expect(expected.asks).toBe('ownActions');
    // Its own paragraph before the reply: the typed room shows it apart, speech reads a pause.
    expect(transport.textOf(1)).toBe(`${expected.spoken}\n\nReply to: ${vague}`);
    // The interviewer, model or scripted, is told the hint is said for it: it asks no follow-up of its own.
    const request = llm.calls.at(-1)!.request;
    expect(request.brief.mode).toBe('coached');
    expect(request.messages[0]?.content).toMatch(/coached practice interview/);
  });

  it('gives no hint after a request to repeat the question, and none twice for the same answer', async () => {
    const { session, llm, transport, greeting } = call('coached');
    const repeat: Turn = { role: 'user', content: 'Sorry, could you repeat the question?' };
    session.handle({ interaction_type: 'response_required', response_id: 1, transcript: [greeting, repeat] });
    llm.calls.at(-1)!.release();
    await settle();
    expect(transport.textOf(1)).toBe(`Reply to: ${repeat.content}`);

    const answered: Turn[] = [greeting, repeat, { role: 'agent', content: transport.textOf(1) }, { role: 'user', content: vague }];
    session.handle({ interaction_type: 'response_required', response_id: 2, transcript: answered });
    session.handle({ interaction_type: 'response_required', response_id: 3, transcript: answered });
    llm.calls.at(-1)!.release();
    await settle();
    expect(transport.textOf(2)).toContain('A tip before we go on:');
    expect(transport.textOf(3)).not.toContain('A tip before we go on:');
  });

  it('speaks no time warning, and still ends on time', async () => {
    const { session, llm, transport, setup, greeting } = call('coached');
    setup.clock.advance(14 * minute + 10_000);
    session.handle({ interaction_type: 'response_required', response_id: 1, transcript: [greeting, { role: 'user', content: vague }] });
    llm.calls.at(-1)!.release();
    await settle();
    expect(transport.textOf(1)).not.toContain(spokenLines.en.timeWarning(1));
    expect(transport.textOf(1)).toContain('A tip before we go on:');
    setup.clock.advance(minute);
    await settle();
    expect(transport.sent.some((e) => 'content' in e && e.content === spokenLines.en.closingOnTime)).toBe(true);
  });
});

describe('a real session', () => {
  it('gives no hint and keeps its time warning', async () => {
    const { session, llm, transport, setup, greeting } = call('real');
    setup.clock.advance(14 * minute + 10_000);
    session.handle({ interaction_type: 'response_required', response_id: 1, transcript: [greeting, { role: 'user', content: vague }] });
    llm.calls.at(-1)!.release();
    await settle();
    expect(transport.textOf(1)).not.toContain('A tip before we go on:');
    expect(transport.textOf(1)).toContain(spokenLines.en.timeWarning(1));
  });
});

describe('hintAfterAnswer', () => {
  const brief = { jobTitle: 'Data Analyst', jobDescription: 'SQL and dashboards.', language: 'es' as const };
  it('hints in the interview’s language on the turns since the interviewer’s last line', () => {
    const hint = hintAfterAnswer(brief, [
      { role: 'agent', content: '¿Cuéntame de un informe que mejoraste?' },
      { role: 'user', content: 'Hice un tablero nuevo en Power BI' },
      { role: 'user', content: 'y el equipo de ventas lo usa cada semana.' },
    ]);
    expect(hint).toMatch(/^Un consejo antes de seguir: /);
  });
  it('goes on in lower case after its lead’s colon in Spanish and Portuguese', () => {
    const said = (language: 'es' | 'pt-BR', question: string, answer: string) =>
      hintAfterAnswer({ ...brief, language }, [
        { role: 'agent', content: question },
        { role: 'user', content: answer },
      ]) ?? '';
    expect(said('es', '¿Cuéntame de un informe que mejoraste?', 'Hice un tablero nuevo en Power BI.')).toMatch(
      /^Un consejo antes de seguir: \p{Ll}/u,
    );
    expect(said('pt-BR', 'Me conte de um relatório que você melhorou?', 'Fiz um painel novo no Power BI.')).toMatch(
      /^Uma dica antes de continuar: \p{Ll}/u,
    );
  });
  it('is null before any question, and for a question back', () => {
    expect(hintAfterAnswer(brief, [{ role: 'user', content: 'Hola' }])).toBeNull();
    expect(
      hintAfterAnswer(brief, [
        { role: 'agent', content: '¿Qué hiciste?' },
        { role: 'user', content: '¿Me repites la pregunta?' },
      ]),
    ).toBeNull();
  });
});
