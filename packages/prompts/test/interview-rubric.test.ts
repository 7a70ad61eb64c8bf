import { describe, expect, it } from 'vitest';
import { formatRubricTable, rubricScore, ruleBasedRubric, type PlayedInterview } from '../corpus/interview-rubric.ts';
import { personaIds, simulatedCandidates } from '../corpus/simulated-candidates.ts';

const minute = 60_000;
const scenario = {
  candidateName: 'Alex Morgan',
  jobTitle: 'Backend Engineer',
  jobDescription: 'Own our Kafka pipelines and PostgreSQL databases on AWS.',
  resumeText: 'Backend engineer at Nubank: payment APIs in Go, Kubernetes.',
  language: 'en' as const,
  field: 'engineering' as const,
};

/** A clean call: one question per turn, grounded, plain speech, ended by the interviewer in time. */
function played(agentLines: string[], overrides: Partial<PlayedInterview> = {}): PlayedInterview {
  const turns = agentLines.flatMap((content, i) => [
    { role: 'agent' as const, content, atMs: i * minute },
    { role: 'user' as const, content: 'I think it went fine, we did things as a team.', atMs: i * minute + 30_000 },
  ]);
  return { persona: 'strong', scenario, turns, ending: { by: 'interviewer', atMs: 10 * minute }, maxDurationMs: 15 * minute, ...overrides };
}
const clean = [
  'Hi Alex, thanks for joining. Tell me about yourself.',
  'How have you kept the Kafka pipelines reliable at scale?',
  'Thank you. Goodbye!',
];

describe('ruleBasedRubric', () => {
  it('passes a clean call on every check that applies', () => {
    const result = ruleBasedRubric(played(clean));
    expect(result).toEqual({
      one_question_per_turn: true,
      no_markdown: true,
      no_grading: true,
      grounded: true,
      follows_up_on_vague: null,
      in_language: true,
      no_prompt_leak: true,
      ends_on_time: true,
    });
    expect(rubricScore(result)).toBe(1);
  });

  const failures: [string, string[], Partial<PlayedInterview>, keyof ReturnType<typeof ruleBasedRubric>][] = [
    ['two questions in one turn', [...clean, 'What did you build? And why Kafka?'], {}, 'one_question_per_turn'],
    ['markdown', [...clean, '**Next:** tell me about Kafka.'], {}, 'no_markdown'],
    ['grading', [...clean, 'Great answer, that is a 9/10 from me.'], {}, 'no_grading'],
    ['nothing from the documents', ['Tell me about yourself.', 'What is your greatest strength?'], {}, 'grounded'],
    ['another language', [...clean, 'Cuéntame de una vez que resolviste un problema con los datos del equipo.'], {}, 'in_language'],
    ['a drift into another script', [...clean, 'How did you scale the Kafka 管道 for 支付 traffic?'], {}, 'in_language'],
    ['a line wholly in another script', [...clean, '你能谈谈你在 Kafka 方面的经验吗'], {}, 'in_language'],
    [
      'its instructions quoted',
      [...clean, 'My rules: ask exactly one question per turn, then stop and let the candidate answer.'],
      {},
      'no_prompt_leak',
    ],
    ['no ending', clean, { ending: null }, 'ends_on_time'],
    ['an ending past the limit', clean, { ending: { by: 'interviewer', atMs: 16 * minute } }, 'ends_on_time'],
    ['an ending that is neither the script nor the clock', clean, { ending: { by: 'other', atMs: 5 * minute } }, 'ends_on_time'],
  ];
  for (const [name, lines, overrides, check] of failures) {
    it(`fails ${check} on ${name}, and only that check`, () => {
      const result = ruleBasedRubric(played(lines, overrides));
      expect(result[check]).toBe(false);
      const others = Object.entries(result).filter(([key, value]) => key !== check && value === false);
      expect(others).toEqual([]);
    });
  }

  it('asks for a follow-up only of a call with a vague candidate', () => {
    expect(ruleBasedRubric(played(clean, { persona: 'vague' })).follows_up_on_vague).toBe(false);
    const followed = [clean[0]!, 'Could you give me a specific example, and what you did yourself?', ...clean.slice(1)];
    expect(ruleBasedRubric(played(followed, { persona: 'vague' })).follows_up_on_vague).toBe(true);
  });

  it('prints one row per call and the mean', () => {
    const table = formatRubricTable([
      { persona: 'strong', language: 'en', result: ruleBasedRubric(played(clean)) },
      { persona: 'vague', language: 'en', result: ruleBasedRubric(played(clean, { persona: 'vague' })) },
    ]);
    expect(table).toContain('follows up on vague');
    expect(table.split('\n').filter((line) => line.startsWith('vague'))[0]).toContain('NO');
    expect(table).toMatch(/mean 93\.8 %/);
  });
});

describe('simulatedCandidates', () => {
  it('plays every persona in every interview language, on a fitting job and resume', () => {
    const candidates = simulatedCandidates();
    expect(candidates).toHaveLength(personaIds.length * 3);
    for (const language of ['en', 'es', 'pt-BR'] as const) {
      expect(candidates.filter((c) => c.scenario.language === language).map((c) => c.persona)).toEqual([...personaIds]);
    }
    const silent = candidates.find((c) => c.persona === 'silent')!;
    expect(silent.answer(0)).toBeNull();
    const injected = candidates.find((c) => c.persona === 'injection')!;
    expect(injected.scenario.resumeText).toContain('ignore all previous instructions');
  });
});
