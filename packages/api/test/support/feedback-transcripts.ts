import type { Language } from '@voxly/config';
import { questionPlan, spokenLines } from '@voxly/prompts';
import type { StoredTurn } from '../../src/domain/interview/transcript.ts';

/**
 * Hand-written answers to the engineering plan (system design, STAR story, debugging,
 * conflict, quality, motivation), strong and weak, in each language. The strong ones touch
 * the rubric's points on purpose; the weak ones are what a nervous candidate says.
 */
export const engineeringAnswers: Record<Language, { strong: string[]; weak: string[] }> = {
  en: {
    strong: [
      'At my last company I designed our payments API. The main design decision was an event queue between checkout and billing; the trade-off was eventual consistency against throughput. It had to scale to 3,000 requests per second, so we load tested performance before launch and kept p99 under 80 ms.',
      'The situation: our nightly invoice job was failing and customers got no invoices. My task was to fix it within a week. I decided to split the job into batches, I wrote a retry queue and I set up alerts. As a result, failures dropped from 12% to 0.1% and I learned to design jobs to be restartable.',
      'The hardest bug was a memory leak in production. I read the logs, managed to reproduce it under load, formed a hypothesis about an unbounded cache, and found the root cause in a listener we never removed. The fix was two lines plus a regression test.',
      'I disagreed with my manager about rewriting a service. I listened first to understand his concerns, then brought data from our incident history, and we agreed on a compromise: refactor the riskiest module first.',
      'Every change goes through code review and automated tests, we deploy behind feature flags, and we monitor error rates with alerts on the SLOs, so a bad deploy is rolled back in minutes.',
      'I want to learn from a strong team and have impact on the platform; my goal for six months is to own the billing service and help the company ship faster.',
    ],
    weak: [
      'I built some stuff.',
      'Um, it was hard, like, but we fixed it.',
      'It was a bug.',
      'We talked.',
      'We test things.',
      'It pays well.',
    ],
  },
  es: {
    strong: [
      'En mi trabajo anterior hice el diseño de una API de pagos. El compromiso principal fue consistencia eventual frente a rendimiento; tenía que escalar a 3.000 solicitudes por segundo y escribimos pruebas de carga antes del lanzamiento.',
      'La situación: el proceso nocturno de facturas fallaba. Mi tarea era arreglarlo en una semana. Decidí dividir el proceso en lotes y construí una cola de reintentos. El resultado: las fallas bajaron del 12% al 0,1% y aprendí mucho.',
      'El error más difícil fue una fuga de memoria. Revisé los logs, logré reproducirlo, planteé una hipótesis y encontré la causa en un listener; lo corregí con dos líneas.',
      'Tuve un desacuerdo con mi jefe. Primero escuché para entender su punto, traje datos de incidentes y llegamos a un acuerdo con una solución intermedia.',
      'Todo pasa por revisión de código y pruebas automáticas, el despliegue es gradual y tenemos monitoreo con alertas.',
      'Quiero aprender con un equipo fuerte y tener impacto; mi objetivo es ser dueño del servicio de facturación y ayudar a la empresa.',
    ],
    weak: ['Hice cosas.', 'Eh, bueno, fue difícil, o sea, lo arreglamos.', 'Era un error.', 'Hablamos.', 'Probamos.', 'Pagan bien.'],
  },
  'pt-BR': {
    strong: [
      'No meu último emprego fiz o projeto de uma API de pagamentos. O principal trade-off foi consistência eventual contra desempenho; ela precisava escalar para 3.000 requisições por segundo e fizemos teste de carga antes do lançamento.',
      'A situação: o processo noturno de faturas falhava. Minha tarefa era corrigir em uma semana. Decidi dividir o processo em lotes e construí uma fila de novas tentativas. O resultado: as falhas caíram de 12% para 0,1% e aprendi muito.',
      'O bug mais difícil foi um vazamento de memória. Li os logs, consegui reproduzir, levantei uma hipótese e achei a causa em um listener; corrigi com duas linhas.',
      'Tive uma discordância com meu gestor. Primeiro ouvi para entender o ponto dele, trouxe dados de incidentes e chegamos a um acordo com uma solução intermediária.',
      'Tudo passa por revisão de código e testes automáticos, o deploy é gradual e temos monitoramento com alertas.',
      'Quero aprender com uma equipe forte e ter impacto; meu objetivo é ser dono do serviço de faturamento e ajudar a empresa.',
    ],
    weak: ['Fiz coisas.', 'Tipo, foi difícil, né, mas resolvemos.', 'Era um bug.', 'Conversamos.', 'Testamos.', 'Paga bem.'],
  },
};

export interface TranscriptOptions {
  language: Language;
  quality: 'strong' | 'weak';
  /** Ask only the first n questions (an interview ended early). */
  questions?: number;
  /** Give every candidate turn word timings, as Retell does (pace in words per minute). */
  wordsPerMinute?: number;
}

/** The scripted interviewer's engineering interview, answered strongly or weakly. */
export function engineeringTranscript({ language, quality, questions = 6, wordsPerMinute }: TranscriptOptions): StoredTurn[] {
  const plan = questionPlan('engineering', language).slice(0, questions);
  const answers = engineeringAnswers[language][quality];
  const turns: StoredTurn[] = [{ role: 'agent', content: `Hi! ${spokenLines[language].reminders[0]}` }];
  const answer = answerTurns(wordsPerMinute);
  plan.forEach((question, i) => {
    turns.push({ role: 'agent', content: `${spokenLines[language].acknowledgements[0]} ${question.text}` });
    turns.push(answer(answers[i]!));
  });
  return turns;
}

/** Candidate turns, timed one after another at the given pace when there is one. */
function answerTurns(wordsPerMinute: number | undefined) {
  let clock = 5;
  return (content: string): StoredTurn => {
    if (!wordsPerMinute) return { role: 'user', content };
    const perWord = 60 / wordsPerMinute;
    const words = content.split(/\s+/).map((word, w) => ({ word, start: clock + w * perWord, end: clock + (w + 1) * perWord }));
    clock += words.length * perWord + 10;
    return { role: 'user', content, words };
  };
}

/**
 * A full 15-minute interview for the benchmark: the plan's six questions, then follow-ups,
 * until about 2,200 candidate words (150 words a minute for most of 15 minutes).
 */
export function fifteenMinuteTranscript(language: Language): StoredTurn[] {
  const turns = engineeringTranscript({ language, quality: 'strong', wordsPerMinute: 150 });
  const strong = engineeringAnswers[language].strong;
  const answer = answerTurns(150);
  let candidateWords = turns.filter((t) => t.role === 'user').reduce((n, t) => n + t.content.split(/\s+/).length, 0);
  let i = 0;
  while (candidateWords < 2_200) {
    turns.push({ role: 'agent', content: spokenLines[language].followUp });
    const content = `${strong[i % strong.length]} ${strong[(i + 1) % strong.length]}`;
    turns.push(answer(content));
    candidateWords += content.split(/\s+/).length;
    i += 1;
  }
  return turns;
}
