import { describe, expect, it } from 'vitest';
import { interviewPlan, type PlanBrief } from '../src/interview-plan.ts';

const en: PlanBrief = {
  field: 'finance',
  language: 'en',
  jobTitle: 'Staff Accountant',
  jobDescription: `Lone Star Supply is a family-owned distributor.

What you'll do
- Reconcile bank accounts daily and post journal entries in NetSuite
- Prepare balance sheet reconciliations for month-end close

Requirements
- CPA license
- Advanced Excel and NetSuite`,
  resumeText: `Ana Ruiz
Austin, TX | ana@example.com

Staff Accountant, Hill Country Foods (2021 - present)
- Prepared 45 balance sheet reconciliations every month-end close
- Posted journal entries and reconciled four bank accounts in NetSuite

Education
B.S. Accounting, Texas State University`,
};

const lineOf = (brief: PlanBrief, id: string) => interviewPlan(brief).find((p) => p.question.id === id)?.line ?? '';

describe('the plan asks about the resume lines that meet the posting', () => {
  it('quotes the best-met claim in the story and a second in the disagreement, in words a reviewer can still judge', () => {
    expect(lineOf(en, 'star-challenge')).toBe(
      'Your resume says: "Posted journal entries and reconciled four bank accounts in NetSuite". Tell me about the most difficult problem you faced in that work: what was the situation, what did you do, and what happened?',
    );
    expect(lineOf(en, 'conflict')).toMatch(
      /^Your resume says: "Prepared 45 balance sheet reconciliations every month-end close"\. Think of a time you disagreed/,
    );
  });

  it('keeps the interview’s shape: must-haves by name, a story, a disagreement, the motivation last, no line twice', () => {
    const plan = interviewPlan(en);
    expect(plan.map((p) => p.question.competency)).toEqual(expect.arrayContaining(['technical_depth', 'behavioural', 'communication']));
    expect(plan.at(-1)?.question.id).toBe('motivation');
    expect(plan.some((p) => p.question.id.startsWith('must-have-'))).toBe(true);
    expect(new Set(plan.map((p) => p.line)).size).toBe(plan.length);
  });

  it('asks by name what the quoted lines leave out, and what they quote only when the posting names too few other things', () => {
    const byName = (brief: PlanBrief) =>
      interviewPlan(brief)
        .filter((p) => p.question.id.startsWith('must-have-'))
        .map((p) => p.line)
        .join(' ');
    expect(byName(en)).toMatch(/balance sheet reconciliations/);
    const longer = {
      ...en,
      jobDescription: `${en.jobDescription}\n- Fixed asset accounting and depreciation schedules\n- Sales tax filings in Avalara\n- Experience with Power BI\n- Intercompany eliminations`,
    };
    expect(byName(longer)).not.toMatch(/balance sheet reconciliations/);
    expect(byName(longer)).toMatch(/Avalara|Power BI|Fixed asset|Intercompany/);
  });

  it('asks for an English credential with its article', () => {
    expect(
      interviewPlan(en)
        .map((p) => p.line)
        .join(' '),
    ).toMatch(/asks for a CPA license/);
  });

  it('quotes the resume in Spanish and Portuguese without gluing a word on', () => {
    const es = lineOf(
      {
        ...en,
        language: 'es',
        jobTitle: 'Auxiliar Contable',
        jobDescription: 'Funciones:\n- Conciliación bancaria diaria de 6 cuentas en CONTPAQi\n- Registro de pólizas de ingresos y egresos',
        resumeText:
          'Karla Ortiz\n\nAuxiliar Contable (2022 – actual)\n- Concilio estados de cuenta de 4 bancos en CONTPAQi todos los días\n- Capturo pólizas de ingresos y egresos',
      },
      'star-challenge',
    );
    expect(es).toMatch(/^Tu currículum dice: «[^«»]+»\. Cuéntame el problema más difícil que enfrentaste en ese trabajo/);
    const pt = lineOf(
      {
        ...en,
        language: 'pt-BR',
        jobTitle: 'Analista de DP',
        jobDescription: 'Atividades:\n- Cálculo de folha de pagamento, férias e rescisões no TOTVS RM\n- Envio de eventos do eSocial',
        resumeText:
          'Ana Lima\n\nAnalista de DP (2021 – atual)\n- Calculo a folha de pagamento de 800 funcionários no TOTVS RM\n- Envio eventos do eSocial e trato as rejeições',
      },
      'star-challenge',
    );
    expect(pt).toMatch(/^Seu currículo diz: "[^"]+"\. Me conte o problema mais difícil que você enfrentou nesse trabalho/);
  });

  it('without a resume line that meets the posting, asks the story about a must-have by name', () => {
    const story = lineOf({ ...en, resumeText: 'Ana Ruiz\nAccountant. Excel, NetSuite.' }, 'star-challenge');
    expect(story).not.toMatch(/Your resume says/);
    expect(story).toMatch(/Tell me about the most difficult problem/);
  });

  it('asks about each must-have in one question: a posting of few names them by name, and the story and the disagreement in general', () => {
    const brief: PlanBrief = {
      field: 'general',
      language: 'en',
      jobTitle: 'Administrative Assistant',
      jobDescription: 'Our property office needs an assistant.\n\nRequirements\n- Experience with Yardi\n- Advanced Excel',
      resumeText: 'Kayla Moss\nFront desk coordinator at a dental office, three years. Cashier before that.',
    };
    for (const kind of ['mixed', 'behavioural'] as const) {
      const lines = interviewPlan({ ...brief, kind }).map((p) => p.line);
      for (const name of ['Yardi', 'Excel']) expect(lines.filter((line) => line.includes(name)).length).toBeLessThanOrEqual(1);
      expect(lines.some((line) => line.includes('Yardi'))).toBe(true);
    }
  });
});
