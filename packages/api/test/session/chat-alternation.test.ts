import { congruencyMessages, feedbackMessages, fieldMessages, interviewerConversation, type TranscriptTurn } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import { InterviewSession } from '../../src/domain/interview/session/interview-session.ts';
import { renderStrictChatTemplate } from '../support/strict-chat-template.ts';
import { FakeTransport, heldModel, interviewRecord, memoryStore, recordingMetrics, sessionSetup, settle } from './session-fakes.ts';

const brief = {
  candidateName: 'Camila Rocha',
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript on AWS with Kubernetes.',
  resumeText: 'Backend engineer, 7 years of TypeScript, Kubernetes and AWS.',
  field: 'engineering' as const,
  language: 'en' as const,
};

describe('prompts under a chat template that demands strict user/assistant alternation (Gemma, Mistral)', () => {
  const shapes: [string, TranscriptTurn[], string?][] = [
    ['the greeting alone', [{ role: 'agent', content: 'Hi Camila, tell me about yourself.' }]],
    [
      'a first answer',
      [
        { role: 'agent', content: 'Hi Camila.' },
        { role: 'user', content: 'I build payment APIs.' },
      ],
    ],
    [
      'a reminder after silence (two interviewer lines in a row)',
      [
        { role: 'agent', content: 'Hi Camila.' },
        { role: 'agent', content: 'Are you still there?' },
      ],
    ],
    [
      'an answer in two pieces',
      [
        { role: 'agent', content: 'Hi Camila.' },
        { role: 'user', content: 'Well.' },
        { role: 'user', content: 'I build payment APIs.' },
      ],
    ],
    [
      'a time note',
      [
        { role: 'agent', content: 'Hi.' },
        { role: 'user', content: 'Sure.' },
      ],
      'Time note: about 3 minutes are left.',
    ],
    ['nothing said yet', []],
  ];
  for (const [name, transcript, note] of shapes) {
    it(`renders the interviewer's conversation for ${name}`, () => {
      const messages = interviewerConversation('You are an interviewer.', transcript, note);
      expect(() => renderStrictChatTemplate(messages)).not.toThrow();
      if (note) expect(messages.at(-1)).toMatchObject({ role: 'user', content: expect.stringContaining(note) });
    });
  }

  it('renders the side calls: field, fit check and feedback', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', content: 'Hi.' },
      { role: 'user', content: 'I build payment APIs.' },
    ];
    for (const messages of [
      fieldMessages(brief),
      congruencyMessages(brief, transcript),
      feedbackMessages({ brief, transcript, endReason: 'time', metricsSummary: 'none' }),
    ]) {
      expect(() => renderStrictChatTemplate(messages)).not.toThrow();
    }
  });

  it('the renderer refuses what Gemma refuses', () => {
    expect(() =>
      renderStrictChatTemplate([
        { role: 'system', content: 's' },
        { role: 'assistant', content: 'Hi.' },
      ]),
    ).toThrow(/alternate/);
    expect(() =>
      renderStrictChatTemplate([
        { role: 'system', content: 's' },
        { role: 'user', content: 'a' },
        { role: 'system', content: 'note' },
      ]),
    ).toThrow(/System role/);
  });
});

describe('a live call’s model requests', () => {
  it('alternate strictly on every turn, keep one system prompt, and each extends the previous turn’s prompt (prefix-stable)', async () => {
    const llm = heldModel();
    const transport = new FakeTransport();
    const setup = sessionSetup();
    const session = new InterviewSession(interviewRecord(), {
      ...setup,
      timings: { ...setup.timings, speculationsPerTurn: 0 },
      llm,
      store: memoryStore().store,
      metrics: recordingMetrics().metrics,
      onClosed() {},
    });
    session.attach(transport);
    // A type alias, not the interface: Retell's loose event schema wants an index signature.
    type SaidTurn = { role: 'agent' | 'user'; content: string };
    const transcript: SaidTurn[] = [{ role: 'agent', content: transport.textOf(0) }];
    const answers = ['I led the billing migration.', 'It took six months.', 'We cut costs by a third.'];
    for (const [index, answer] of answers.entries()) {
      transcript.push({ role: 'user', content: answer });
      session.handle({ interaction_type: 'response_required', response_id: index + 1, transcript: [...transcript] });
      llm.calls[index]!.release();
      await settle();
      await settle();
      transcript.push({ role: 'agent', content: transport.textOf(index + 1) });
    }
    const prompts = llm.calls.map((call) => call.request.messages);
    expect(prompts).toHaveLength(3);
    for (const messages of prompts) expect(() => renderStrictChatTemplate(messages)).not.toThrow();
    expect(new Set(prompts.map((m) => m[0]?.content)).size).toBe(1);
    for (let turn = 1; turn < prompts.length; turn += 1) {
      const previous = prompts[turn - 1]!;
      expect(prompts[turn]!.slice(0, previous.length)).toEqual(previous);
    }
  });
});
