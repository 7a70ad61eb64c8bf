import { languages, sessionKinds, type Language, type SessionKind } from '@voxly/config';
import { beginMessage, feedbackLines, interviewPlan, openingQuestion, questionPlan, spokenLines } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import { feedbackContentSchema } from '../src/domain/feedback/feedback-content.ts';
import { judgedAnswers, ruleBasedFeedback } from '../src/domain/feedback/rule-based-feedback.ts';
import { speechMetrics } from '../src/domain/feedback/speech-metrics.ts';
import type { StoredTurn } from '../src/domain/interview/transcript.ts';

/*
 * Each question the interviewer asked is its own item in the report, with the answers given to it:
 * the plan's questions, the deeper questions after the plan and the field's spare ones. A follow-up,
 * the question again, a reminder, the question in plain words stay with their question; a question
 * that got no answer is shown as not answered, never given the next question's answer.
 */

const jobs: Record<Language, { jobTitle: string; jobDescription: string; resumeText: string; candidate: string }> = {
  en: {
    jobTitle: 'Forklift Operator',
    jobDescription:
      'Forklift Operator for our warehouse. Must have: experience with an RF gun, a forklift certification, safe pallet handling on reach trucks.',
    resumeText:
      'Jordan Miller\nForklift Operator, Northside Logistics (2021–2024)\n- Operated counterbalance and reach trucks moving 120+ pallets per shift\n- Performed daily pre-shift inspections and reported defects\n- Used RF scanner for put-away and cycle counts; zero safety incidents in 3 years\nCertification: OSHA forklift certification (2021)\nEducation: High school diploma',
    candidate: 'Jordan Miller',
  },
  es: {
    jobTitle: 'Operador de montacargas',
    jobDescription:
      'Operador de montacargas para nuestro almacén. Requisitos: experiencia con pistola RF, certificación de montacargas, manejo seguro de pallets con retráctil.',
    resumeText:
      'Jorge Molina\nOperador de montacargas, Logística Norte (2021–2024)\n- Operé montacargas contrapesados y retráctiles moviendo más de 120 pallets por turno\n- Hice inspecciones diarias antes de cada turno y reporté fallas\n- Usé escáner RF para ubicación y conteos cíclicos; cero incidentes en 3 años\nCertificación de montacargas (2021)',
    candidate: 'Jorge Molina',
  },
  'pt-BR': {
    jobTitle: 'Operador de empilhadeira',
    jobDescription:
      'Operador de empilhadeira para nosso armazém. Requisitos: experiência com coletor RF, certificação de empilhadeira, movimentação segura de paletes com retrátil.',
    resumeText:
      'João Moreira\nOperador de empilhadeira, Logística Norte (2021–2024)\n- Operei empilhadeiras contrabalançadas e retráteis movendo mais de 120 paletes por turno\n- Fiz inspeções diárias antes de cada turno e reportei defeitos\n- Usei coletor RF para armazenagem e inventários; zero acidentes em 3 anos\nCertificação de empilhadeira (2021)',
    candidate: 'João Moreira',
  },
};

const said: Record<
  Language,
  { thin: string; scan: string; brief: string; roleQuestion: string; story: string; more: string; dontKnow: string; own: string }
> = {
  en: {
    thin: 'I check the forks and the hydraulic oil before every shift.',
    scan: 'I scan each pallet with the RF gun and put it in the right rack slot.',
    brief: 'I moved about 120 pallets a shift on the reach truck and logged every move with the scanner.',
    roleQuestion: 'By the way, is the warehouse near the bus station? My wife works there.',
    story:
      'Last year at Northside a pallet of paint cans was leaning badly on a high rack. I stopped the area, lowered it slowly with the reach truck, and rewrapped it with my team lead. Nobody got hurt, we lost no product, and my supervisor added the check to the morning walk-through.',
    more: 'I also told the night shift, so they checked the high racks too.',
    dontKnow: "I don't know.",
    own: 'What does a normal shift look like?',
  },
  es: {
    thin: 'Reviso las horquillas y el aceite hidráulico antes de cada turno.',
    scan: 'Escaneo cada pallet con la pistola RF y lo pongo en el hueco correcto del rack.',
    brief: 'Movía unos 120 pallets por turno con la retráctil y registraba cada movimiento con el escáner.',
    roleQuestion: 'Por cierto, ¿el almacén queda cerca de la estación de autobuses? Mi esposa trabaja allí.',
    story:
      'El año pasado en Logística Norte un pallet de latas de pintura estaba muy inclinado en un rack alto. Cerré la zona, lo bajé despacio con la retráctil y lo volví a envolver con mi jefe de equipo. Nadie se lastimó, no perdimos producto y mi supervisor agregó esa revisión a la ronda de la mañana.',
    more: 'También avisé al turno de noche para que revisaran los racks altos.',
    dontKnow: 'No sé.',
    own: '¿Cómo es un turno normal?',
  },
  'pt-BR': {
    thin: 'Eu confiro os garfos e o óleo hidráulico antes de cada turno.',
    scan: 'Eu escaneio cada palete com o coletor RF e coloco na posição certa do porta-palete.',
    brief: 'Eu movia uns 120 paletes por turno com a retrátil e registrava cada movimento no coletor.',
    roleQuestion: 'Aliás, o armazém fica perto da rodoviária? Minha esposa trabalha lá.',
    story:
      'No ano passado na Logística Norte um palete de latas de tinta estava muito inclinado num porta-palete alto. Isolei a área, baixei devagar com a retrátil e reembalei com o meu líder. Ninguém se machucou, não perdemos produto e o meu supervisor colocou essa checagem na ronda da manhã.',
    more: 'Também avisei o turno da noite para eles conferirem os porta-paletes altos.',
    dontKnow: 'Não sei.',
    own: 'Como é um turno normal?',
  },
};

const agent = (content: string): StoredTurn => ({ role: 'agent', content });
const user = (content: string): StoredTurn => ({ role: 'user', content });

function setup(language: Language, kind: SessionKind) {
  const job = jobs[language];
  const brief = { field: 'general' as const, language, kind, seniority: 'mid' as const, ...job };
  const lines = spokenLines[language];
  const plan = interviewPlan(brief).map((p) => p.line);
  const spare = questionPlan('general', language).find((q) => !interviewPlan(brief).some((p) => p.question.id === q.id));
  const begin = agent(beginMessage({ candidateName: job.candidate, jobTitle: job.jobTitle, language }));
  const review = (transcript: StoredTurn[]) => {
    const feedback = ruleBasedFeedback({
      field: 'general',
      language,
      transcript,
      metrics: speechMetrics(transcript, language, 'candidate_ended'),
      endReason: 'candidate_ended',
      job: { ...brief, lengthMinutes: 15 },
    });
    expect(feedbackContentSchema.parse(feedback)).toEqual(feedback);
    return feedback;
  };
  const judged = (transcript: StoredTurn[]) =>
    judgedAnswers({
      field: 'general',
      language,
      transcript,
      metrics: speechMetrics(transcript, language, 'candidate_ended'),
      endReason: 'candidate_ended',
      job: brief,
    });
  return { lines, plan, spare: spare?.text ?? '', begin, review, judged, notAnswered: feedbackLines[language].good.notAnswered };
}

const upper = (text: string) => text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase());
const cases = languages.flatMap((language) => sessionKinds.map((kind) => [language, kind] as const));

describe('the report pairs each answer with the question it answers', () => {
  it.each(cases)(
    'a question answered only with a question back is not answered, and the next question keeps its own answer (%s, %s)',
    (language, kind) => {
      const { lines, plan, begin, review, notAnswered } = setup(language, kind);
      const s = said[language];
      const asked = plan.at(-1)!;
      const deeper = `${lines.revisit('RF', 0)} ${lines.deeperQuestions[1]}`;
      const transcript = [
        begin,
        user(s.thin),
        agent(`${lines.followUpOnQuote('the hydraulic oil')} ${lines.probes[0]}`),
        user(s.scan),
        agent(`${lines.acknowledgements[0]} ${asked}`),
        user(s.roleQuestion),
        agent(`${lines.deferQuestion} ${lines.backToQuestion}`),
        user(''),
        agent(lines.reminders[0]),
        user(''),
        agent(lines.reminders[1]!),
        agent(`${lines.moveOnAfterSilence} ${deeper}`),
        user(s.story),
      ];
      const feedback = review(transcript);
      expect(feedback.questions.map((q) => q.question)).toEqual([
        upper(openingQuestion(language).text),
        upper(asked),
        upper(`${lines.revisit('RF', 0)} ${lines.deeperQuestions[1]}`),
      ]);
      // The two first answers, the probe's among them, stay with the opening question.
      expect(feedback.questions[0]!.rating).toBeDefined();
      expect(feedback.questions[1]).toMatchObject({ good: notAnswered });
      expect(feedback.questions[1]!.rating).toBeUndefined();
      expect(feedback.questions[2]!.rating).toBeGreaterThanOrEqual(3);
      expect(feedback.summary).toContain(feedbackLines[language].summary({ score: feedback.overallScore, answered: 2, asked: 3 }));
    },
  );

  it.each(cases)('a deeper question after the plan is its own item, its repeat and clarification with it (%s, %s)', (language, kind) => {
    const { lines, plan, begin, review, judged } = setup(language, kind);
    const s = said[language];
    const deeper = lines.deeperQuestions[0]!;
    const transcript = [begin, user(s.scan)];
    for (const [i, line] of plan.entries()) transcript.push(agent(`${lines.acknowledgements[i % 3]} ${line}`), user(s.brief));
    transcript.push(
      agent(`${lines.acknowledgements[1]} ${lines.revisitClause('you logged every move', 0)} ${deeper}`),
      user(
        language === 'en' ? 'Sorry, could you repeat that?' : language === 'es' ? '¿Perdón, puedes repetir?' : 'Desculpa, pode repetir?',
      ),
      agent(`${lines.repeatLeads[0]} ${deeper}`),
      user(s.story),
      agent(lines.clarify.behavioural),
      user(s.more),
      agent(`${lines.acknowledgements[2]} ${lines.lastQuestion}`),
      user(s.own),
    );
    const feedback = review(transcript);
    const questions = feedback.questions.map((q) => q.question);
    expect(questions).toHaveLength(plan.length + 2);
    expect(questions.slice(1, -1)).toEqual(plan.map(upper));
    expect(questions.at(-1)).toBe(upper(`${lines.revisitClause('you logged every move', 0)} ${deeper}`));
    // The last plan question keeps its own answer; the story and what came after the plain words answer the deeper one.
    const pairs = judged(transcript);
    expect(pairs.find((p) => p.question === plan.at(-1))?.answer).toBe(s.brief);
    expect(pairs.at(-1)).toMatchObject({
      question: `${lines.revisitClause('you logged every move', 0)} ${deeper}`,
      answer: `${s.story} ${s.more}`,
    });
  });

  it.each(cases)('a spare question gets its own answer after one left unanswered (%s, %s)', (language, kind) => {
    const { lines, plan, spare, begin, review, judged, notAnswered } = setup(language, kind);
    const s = said[language];
    expect(spare).not.toBe('');
    const transcript = [
      begin,
      user(s.scan),
      agent(`${lines.acknowledgements[0]} ${plan[0]!}`),
      user(''),
      agent(lines.reminders[0]),
      user(''),
      agent(lines.reminders[1]!),
      agent(`${lines.moveOnAfterSilence} ${spare}`),
      user(s.story),
    ];
    const feedback = review(transcript);
    expect(feedback.questions.map((q) => q.question)).toEqual([upper(openingQuestion(language).text), upper(plan[0]!), upper(spare)]);
    expect(feedback.questions[1]!.good).toBe(notAnswered);
    expect(judged(transcript).map((p) => p.question)).toEqual([openingQuestion(language).text, spare]);
  });
});
