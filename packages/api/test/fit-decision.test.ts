import { describe, expect, it } from 'vitest';
import { decideFit, endsInterview } from '../src/domain/interview/fit-decision.ts';

const shown = { fits: true, confidence: 0.85, reason: 'The resume shows engineering experience.', missing: ['kafka'] };
const unclear = { fits: true, confidence: 0.6, reason: 'Not clearly outside the role.', missing: ['kafka', 'go'] };
const lacking = { fits: false, confidence: 0.9, reason: 'The role needs engineering.', missing: ['backend'] };

describe('decideFit', () => {
  it('is the local verdict when no model is configured', () => {
    expect(decideFit(lacking)).toEqual({ ...lacking, decidedBy: 'local' });
    expect(endsInterview(decideFit(lacking))).toBe(true);
    expect(endsInterview(decideFit(unclear))).toBe(false);
  });

  it("keeps the model's confident no unless the local check found the must-haves", () => {
    const no = { fits: false, confidence: 0.95, reason: 'No backend experience.' };
    expect(decideFit(unclear, no)).toEqual({ ...no, missing: unclear.missing, decidedBy: 'model' });
    expect(endsInterview(decideFit(unclear, no))).toBe(true);
    expect(decideFit(shown, no)).toEqual({ ...shown, decidedBy: 'local-over-model' });
    expect(endsInterview(decideFit(shown, no))).toBe(false);
  });

  it("never ends on the model's unsure no or on its yes, whatever the local check says", () => {
    expect(endsInterview(decideFit(lacking, { fits: false, confidence: 0.6, reason: 'Maybe not.' }))).toBe(false);
    expect(endsInterview(decideFit(lacking, { fits: true, confidence: 0.7, reason: 'Adjacent field.' }))).toBe(false);
  });
});
