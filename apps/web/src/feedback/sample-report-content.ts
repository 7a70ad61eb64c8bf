import type { FieldId, Language } from '@voxly/config';
import type { Ready, ReportSubject } from './report.tsx';

/** A sample report: the review and the interview it is about, as the real report shows them. */
export interface SampleReport {
  view: Ready;
  interview: ReportSubject;
  field: FieldId;
}

/** A fixed date, so the sample never changes from one visit to the next. */
const takenAt = new Date(Date.UTC(2026, 10, 18, 14, 30));

const metrics = (top: { phrase: string; count: number }[]): Ready['metrics'] => ({
  candidateWords: 248,
  interviewerWords: 106,
  talkShare: 0.7,
  answers: 4,
  averageAnswerWords: 62,
  longestAnswerWords: 66,
  shortAnswers: 0,
  longAnswers: 0,
  fillers: { total: top.reduce((n, f) => n + f.count, 0), perHundredWords: 1.5, top },
  wordsPerMinute: 142,
  endReason: 'time',
});

const ratings = (evidence: Record<'technical_depth' | 'problem_solving' | 'communication' | 'role_fit' | 'behavioural', string>) => [
  { competency: 'technical_depth' as const, rating: 4, evidence: evidence.technical_depth },
  { competency: 'problem_solving' as const, rating: 4, evidence: evidence.problem_solving },
  { competency: 'communication' as const, rating: 3, evidence: evidence.communication },
  { competency: 'role_fit' as const, rating: 4, evidence: evidence.role_fit },
  { competency: 'behavioural' as const, rating: 3, evidence: evidence.behavioural },
];

const en: SampleReport = {
  field: 'engineering',
  interview: {
    id: 'sample-report',
    jobTitle: 'Senior Backend Engineer',
    candidateName: 'Alex Rivera',
    language: 'en',
    createdAt: takenAt,
    transcript: [
      {
        role: 'agent',
        content:
          'Hi Alex, thanks for joining. I have read the job post and your resume. Let’s start with the payments platform: what did you own there, and how did you know it was working?',
      },
      {
        role: 'user',
        content:
          'I owned the payment API, about four thousand requests a second at peak. We were at 800 milliseconds p99 and checkout was timing out. I added tracing, found two N+1 queries and a lock on the ledger table, fixed both, and p99 went down to 350 milliseconds. We tracked it on a dashboard the whole team watched.',
      },
      { role: 'agent', content: 'Good. Why move the billing service to events, and what did it cost you?' },
      {
        role: 'user',
        content:
          'Um, mostly because billing was calling five services synchronously, so one slow service took billing down. We went to Kafka because we needed replay. The cost was operating Kafka ourselves, so I wrote the runbooks and we did two failure drills before the switch.',
      },
      { role: 'agent', content: 'Tell me about a time you disagreed with your manager.' },
      {
        role: 'user',
        content:
          'We disagreed about shipping a migration before Black Friday. I thought it was too risky, so I showed the error budget and we agreed to ship it behind a flag for ten percent of traffic. It went fine, I think.',
      },
      { role: 'agent', content: 'How would you design idempotency for a payment webhook?' },
      {
        role: 'user',
        content:
          'I would store the provider’s event id with a unique constraint, and apply the payment and record the event in one transaction. A duplicate hits the constraint and is acknowledged without doing anything. And, like, I would log the outcome so support can see it.',
      },
      { role: 'agent', content: 'We are at time. Thank you, Alex; your review will be ready in a moment.' },
    ],
  },
  view: {
    status: 'ready',
    judged: true,
    feedback: {
      source: 'model',
      language: 'en',
      overallScore: 74,
      verdict: 'hire',
      summary:
        'A strong technical candidate who measures results and explains trade-offs. Answers about people and conflict were thinner than the technical ones: give the same numbers and outcome there.',
      ratings: ratings({
        technical_depth: 'Traced a p99 of 800 ms to two N+1 queries and a ledger lock, and brought it to 350 ms.',
        problem_solving: 'Chose Kafka for replay and named the cost of running it, with runbooks and failure drills.',
        communication: 'Clear structure, but a few fillers (“um”, “like”) and an unfinished ending (“It went fine, I think”).',
        role_fit: 'Payments at 4,000 requests per second and event-driven billing match the role closely.',
        behavioural: 'The conflict story has a situation and an action, but no measured result.',
      }),
      strengths: [
        {
          point: 'You back claims with numbers: the p99 before and after, and the traffic it carried.',
          evidence: '“p99 went down to 350 milliseconds”',
        },
        {
          point: 'You name the cost of a decision, not only its benefits.',
          evidence: '“The cost was operating Kafka ourselves, so I wrote the runbooks”',
        },
        {
          point: 'Your webhook design is correct and simple: a unique event id and one transaction.',
          evidence: '“store the provider’s event id with a unique constraint”',
        },
      ],
      improvements: [
        {
          point: 'End behavioural stories with a measured result, as you do in technical ones.',
          evidence: '“It went fine, I think.”',
        },
        {
          point: 'Say what you would do differently: it shows judgement, not only execution.',
          evidence: 'In your answer about the billing migration',
        },
        {
          point: 'Drop the fillers at the start of answers; a short pause reads as confidence.',
          evidence: '“Um, mostly because…”',
        },
      ],
      questions: [
        {
          question: 'What did you own on the payments platform, and how did you know it was working?',
          rating: 5,
          good: 'Scope, a before-and-after number and how the team tracked it: a complete answer.',
          stronger: 'Add one sentence on how you found the lock: the tool and what it showed.',
        },
        {
          question: 'Why move the billing service to events, and what did it cost you?',
          rating: 4,
          good: 'A clear reason (cascading failures) and an honest cost.',
          stronger: 'Say how you measured that the move worked: incidents or latency before and after.',
        },
        {
          question: 'Tell me about a time you disagreed with your manager.',
          rating: 3,
          good: 'You used data (the error budget) to settle it, and found a middle path.',
          stronger: 'Finish with the result: errors during the rollout, and what your manager said after.',
        },
        {
          question: 'How would you design idempotency for a payment webhook?',
          rating: 4,
          good: 'The right mechanism, in the right order, in a few sentences.',
          stronger: 'Mention what happens when the provider sends the events out of order.',
        },
      ],
    },
    metrics: metrics([
      { phrase: 'um', count: 6 },
      { phrase: 'like', count: 4 },
      { phrase: 'I think', count: 1 },
    ]),
  },
};

const es: SampleReport = {
  field: 'engineering',
  interview: {
    id: 'sample-report',
    jobTitle: 'Ingeniera backend sénior',
    candidateName: 'Lucía Fernández',
    language: 'es',
    createdAt: takenAt,
    transcript: [
      {
        role: 'agent',
        content:
          'Hola, Lucía, gracias por venir. Leí la oferta y tu currículum. Empecemos por la plataforma de pagos: ¿de qué eras responsable y cómo sabías que funcionaba?',
      },
      {
        role: 'user',
        content:
          'Era responsable de la API de pagos, unas cuatro mil peticiones por segundo en el pico. Teníamos un p99 de 800 milisegundos y el checkout daba timeouts. Añadí trazas, encontré dos consultas N+1 y un bloqueo en la tabla del libro contable, arreglé las dos cosas y el p99 bajó a 350 milisegundos. Lo seguíamos en un panel que miraba todo el equipo.',
      },
      { role: 'agent', content: 'Bien. ¿Por qué pasar el servicio de facturación a eventos, y qué te costó?' },
      {
        role: 'user',
        content:
          'Eh, sobre todo porque facturación llamaba a cinco servicios de forma síncrona, así que uno lento tumbaba facturación. Elegimos Kafka porque necesitábamos poder reprocesar. El coste fue operar Kafka nosotros mismos, así que escribí los runbooks e hicimos dos simulacros de fallo antes del cambio.',
      },
      { role: 'agent', content: 'Cuéntame una vez en que no estuviste de acuerdo con tu responsable.' },
      {
        role: 'user',
        content:
          'No estábamos de acuerdo en lanzar una migración antes del Black Friday. A mí me parecía demasiado arriesgado, así que mostré el presupuesto de errores y acordamos lanzarla detrás de un flag para el diez por ciento del tráfico. Salió bien, creo.',
      },
      { role: 'agent', content: '¿Cómo diseñarías la idempotencia de un webhook de pagos?' },
      {
        role: 'user',
        content:
          'Guardaría el id del evento del proveedor con una restricción única, y aplicaría el pago y registraría el evento en una sola transacción. Un duplicado choca con la restricción y se confirma sin hacer nada. Y, o sea, registraría el resultado para que soporte lo vea.',
      },
      { role: 'agent', content: 'Se nos acabó el tiempo. Gracias, Lucía; tu evaluación estará lista en un momento.' },
    ],
  },
  view: {
    status: 'ready',
    judged: true,
    feedback: {
      source: 'model',
      language: 'es',
      overallScore: 74,
      verdict: 'hire',
      summary:
        'Una candidata técnicamente sólida que mide resultados y explica los compromisos. Las respuestas sobre personas y conflictos fueron más flojas que las técnicas: da ahí también cifras y un resultado.',
      ratings: ratings({
        technical_depth: 'Rastreó un p99 de 800 ms hasta dos consultas N+1 y un bloqueo del libro contable, y lo dejó en 350 ms.',
        problem_solving: 'Eligió Kafka para poder reprocesar y nombró el coste de operarlo, con runbooks y simulacros de fallo.',
        communication: 'Estructura clara, pero algunas muletillas («eh», «o sea») y un final a medias («Salió bien, creo»).',
        role_fit: 'Pagos a 4000 peticiones por segundo y facturación basada en eventos encajan muy bien con el puesto.',
        behavioural: 'La historia del desacuerdo tiene situación y acción, pero no un resultado medido.',
      }),
      strengths: [
        {
          point: 'Respaldas lo que dices con cifras: el p99 antes y después, y el tráfico que soportaba.',
          evidence: '«el p99 bajó a 350 milisegundos»',
        },
        {
          point: 'Nombras el coste de una decisión, no solo sus ventajas.',
          evidence: '«El coste fue operar Kafka nosotros mismos, así que escribí los runbooks»',
        },
        {
          point: 'Tu diseño del webhook es correcto y sencillo: un id de evento único y una sola transacción.',
          evidence: '«Guardaría el id del evento del proveedor con una restricción única»',
        },
      ],
      improvements: [
        {
          point: 'Cierra las historias de comportamiento con un resultado medido, como haces en las técnicas.',
          evidence: '«Salió bien, creo.»',
        },
        {
          point: 'Di qué harías distinto: muestra criterio, no solo ejecución.',
          evidence: 'En tu respuesta sobre la migración de facturación',
        },
        {
          point: 'Quita las muletillas al empezar las respuestas; una pausa breve transmite seguridad.',
          evidence: '«Eh, sobre todo porque…»',
        },
      ],
      questions: [
        {
          question: '¿De qué eras responsable en la plataforma de pagos y cómo sabías que funcionaba?',
          rating: 5,
          good: 'Alcance, una cifra de antes y después y cómo lo seguía el equipo: una respuesta completa.',
          stronger: 'Añade una frase sobre cómo encontraste el bloqueo: la herramienta y lo que mostró.',
        },
        {
          question: '¿Por qué pasar el servicio de facturación a eventos, y qué te costó?',
          rating: 4,
          good: 'Un motivo claro (fallos en cascada) y un coste dicho con honestidad.',
          stronger: 'Di cómo mediste que el cambio funcionó: incidentes o latencia antes y después.',
        },
        {
          question: 'Cuéntame una vez en que no estuviste de acuerdo con tu responsable.',
          rating: 3,
          good: 'Usaste datos (el presupuesto de errores) para resolverlo y encontraste un punto medio.',
          stronger: 'Termina con el resultado: errores durante el despliegue y qué dijo después tu responsable.',
        },
        {
          question: '¿Cómo diseñarías la idempotencia de un webhook de pagos?',
          rating: 4,
          good: 'El mecanismo correcto, en el orden correcto, en pocas frases.',
          stronger: 'Menciona qué pasa cuando el proveedor envía los eventos desordenados.',
        },
      ],
    },
    metrics: metrics([
      { phrase: 'eh', count: 6 },
      { phrase: 'o sea', count: 4 },
      { phrase: 'creo', count: 1 },
    ]),
  },
};

const ptBR: SampleReport = {
  field: 'engineering',
  interview: {
    id: 'sample-report',
    jobTitle: 'Engenheira de backend sênior',
    candidateName: 'Beatriz Souza',
    language: 'pt-BR',
    createdAt: takenAt,
    transcript: [
      {
        role: 'agent',
        content:
          'Oi, Beatriz, obrigada por participar. Li a vaga e o seu currículo. Vamos começar pela plataforma de pagamentos: pelo que você era responsável e como sabia que estava funcionando?',
      },
      {
        role: 'user',
        content:
          'Eu era responsável pela API de pagamentos, umas quatro mil requisições por segundo no pico. O p99 estava em 800 milissegundos e o checkout dava timeout. Coloquei tracing, achei duas consultas N+1 e um lock na tabela do razão, corrigi as duas coisas e o p99 caiu para 350 milissegundos. A gente acompanhava num painel que o time inteiro olhava.',
      },
      { role: 'agent', content: 'Ótimo. Por que levar o serviço de faturamento para eventos, e quanto isso custou?' },
      {
        role: 'user',
        content:
          'Hum, principalmente porque o faturamento chamava cinco serviços de forma síncrona, então um serviço lento derrubava o faturamento. Fomos de Kafka porque precisávamos de replay. O custo foi operar o Kafka nós mesmos, então escrevi os runbooks e fizemos dois testes de falha antes da troca.',
      },
      { role: 'agent', content: 'Me conte uma vez em que você discordou da sua gestora.' },
      {
        role: 'user',
        content:
          'A gente discordou sobre lançar uma migração antes da Black Friday. Eu achava arriscado demais, então mostrei o orçamento de erros e combinamos lançar atrás de uma flag para dez por cento do tráfego. Deu certo, eu acho.',
      },
      { role: 'agent', content: 'Como você projetaria a idempotência de um webhook de pagamento?' },
      {
        role: 'user',
        content:
          'Eu guardaria o id do evento do provedor com uma restrição de unicidade, e aplicaria o pagamento e registraria o evento numa transação só. Um duplicado bate na restrição e é confirmado sem fazer nada. E, tipo, eu registraria o resultado no log para o suporte ver.',
      },
      { role: 'agent', content: 'Nosso tempo acabou. Obrigada, Beatriz; sua avaliação fica pronta em instantes.' },
    ],
  },
  view: {
    status: 'ready',
    judged: true,
    feedback: {
      source: 'model',
      language: 'pt-BR',
      overallScore: 74,
      verdict: 'hire',
      summary:
        'Uma candidata tecnicamente forte, que mede resultados e explica os trade-offs. As respostas sobre pessoas e conflitos foram mais fracas que as técnicas: traga ali também números e um resultado.',
      ratings: ratings({
        technical_depth: 'Rastreou um p99 de 800 ms até duas consultas N+1 e um lock no razão, e o levou a 350 ms.',
        problem_solving: 'Escolheu Kafka pelo replay e disse o custo de operá-lo, com runbooks e testes de falha.',
        communication: 'Estrutura clara, mas alguns vícios de linguagem (“hum”, “tipo”) e um final vago (“Deu certo, eu acho”).',
        role_fit: 'Pagamentos a 4.000 requisições por segundo e faturamento orientado a eventos combinam muito com a vaga.',
        behavioural: 'A história da discordância tem situação e ação, mas nenhum resultado medido.',
      }),
      strengths: [
        {
          point: 'Você sustenta o que diz com números: o p99 antes e depois, e o tráfego que ele aguentava.',
          evidence: '“o p99 caiu para 350 milissegundos”',
        },
        {
          point: 'Você diz o custo de uma decisão, não só as vantagens.',
          evidence: '“O custo foi operar o Kafka nós mesmos, então escrevi os runbooks”',
        },
        {
          point: 'Seu desenho do webhook é correto e simples: um id de evento único e uma transação só.',
          evidence: '“guardaria o id do evento do provedor com uma restrição de unicidade”',
        },
      ],
      improvements: [
        {
          point: 'Feche as histórias comportamentais com um resultado medido, como você faz nas técnicas.',
          evidence: '“Deu certo, eu acho.”',
        },
        {
          point: 'Diga o que faria diferente: mostra critério, não só execução.',
          evidence: 'Na sua resposta sobre a migração do faturamento',
        },
        {
          point: 'Corte os vícios de linguagem no começo das respostas; uma pausa curta passa segurança.',
          evidence: '“Hum, principalmente porque…”',
        },
      ],
      questions: [
        {
          question: 'Pelo que você era responsável na plataforma de pagamentos e como sabia que estava funcionando?',
          rating: 5,
          good: 'Escopo, um número de antes e depois e como o time acompanhava: uma resposta completa.',
          stronger: 'Acrescente uma frase sobre como você achou o lock: a ferramenta e o que ela mostrou.',
        },
        {
          question: 'Por que levar o serviço de faturamento para eventos, e quanto isso custou?',
          rating: 4,
          good: 'Um motivo claro (falhas em cascata) e um custo dito com honestidade.',
          stronger: 'Diga como mediu que a mudança funcionou: incidentes ou latência antes e depois.',
        },
        {
          question: 'Me conte uma vez em que você discordou da sua gestora.',
          rating: 3,
          good: 'Você usou dados (o orçamento de erros) para decidir e achou um meio-termo.',
          stronger: 'Termine com o resultado: erros durante o rollout e o que sua gestora disse depois.',
        },
        {
          question: 'Como você projetaria a idempotência de um webhook de pagamento?',
          rating: 4,
          good: 'O mecanismo certo, na ordem certa, em poucas frases.',
          stronger: 'Fale do que acontece quando o provedor manda os eventos fora de ordem.',
        },
      ],
    },
    metrics: metrics([
      { phrase: 'hum', count: 6 },
      { phrase: 'tipo', count: 4 },
      { phrase: 'eu acho', count: 1 },
    ]),
  },
};

/** The sample, written in each UI language (not translated on the fly: a report reads as one document). */
export const sampleReports: Record<Language, SampleReport> = { en, es, 'pt-BR': ptBR };
