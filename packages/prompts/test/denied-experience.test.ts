import { describe, expect, it } from 'vitest';
import type { TranscriptTurn } from '../src/congruency-prompt.ts';
import { interviewPlan } from '../src/interview-plan.ts';
import { deniesExperienceWith } from '../src/listening/denied-experience.ts';
import { scriptedInterviewerTurn } from '../src/scripted-interviewer.ts';

describe('deniesExperienceWith', () => {
  it('reads a denial of having used, worked with or known a thing, in every language', () => {
    expect(deniesExperienceWith("Honestly I've never used Epic, we had Cerner at my last hospital.", 'Epic', 'en')).toBe(true);
    expect(deniesExperienceWith("I don't have any experience with Power BI yet, but I use Excel a lot.", 'Power BI dashboards', 'en')).toBe(
      true,
    );
    expect(deniesExperienceWith('No he trabajado con SAP, pero sí con Oracle.', 'SAP PM', 'es')).toBe(true);
    expect(deniesExperienceWith('Olha, eu nunca mexi com o Tasy, lá era MV.', 'Tasy', 'pt')).toBe(true);
  });

  it('is no denial where something else is denied, or the thing comes after the clause', () => {
    expect(deniesExperienceWith('We never had a problem with SQL after that.', 'SQL', 'en')).toBe(false);
    expect(deniesExperienceWith("I don't use Excel for that, I use SQL.", 'SQL', 'en')).toBe(false);
    expect(deniesExperienceWith('Nunca perdemos um prazo no SAP.', 'SAP', 'pt')).toBe(false);
  });
});

describe('the interviewer after "I never used it"', () => {
  const brief = {
    field: 'healthcare' as const,
    language: 'en' as const,
    jobTitle: 'Registered Nurse - Med/Surg',
    jobDescription:
      'Requirements: active RN license; BLS and ACLS; charting in Epic; IV insertion and wound care; 1+ year of acute care experience.',
    resumeText: 'RN, 2 years on a med/surg floor at Mercy General. BLS, ACLS. Charted in Cerner. IV starts and wound care daily.',
  };
  const plan = interviewPlan(brief);
  const epic = plan.find((planned) => planned.about === 'Epic');

  it('does not then ask about it by name, and asks the rest of the plan', () => {
    expect(epic, 'the plan asks about Epic by name').toBeDefined();
    const transcript: TranscriptTurn[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
    const said: string[] = [];
    for (let turn = 0; turn < 30; turn += 1) {
      transcript.push({
        role: 'user',
        content:
          turn === 0
            ? "I'm an RN with two years on med/surg at Mercy General. I've never used Epic, we chart in Cerner, but I pick systems up fast."
            : 'I took the patient with the falling pressure, called the rapid response team and we stabilised her within the hour.',
      });
      const reply = scriptedInterviewerTurn(brief, transcript, 'turn');
      transcript.push({ role: 'agent', content: reply.text });
      said.push(reply.text);
      if (reply.final) break;
    }
    expect(said.join(' ')).not.toContain(epic?.line ?? 'unreachable');
    const others = plan.filter((planned) => planned !== epic);
    for (const planned of others) expect(said.join(' ')).toContain(planned.line);
  });
});
