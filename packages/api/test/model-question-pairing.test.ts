import { describe, expect, it } from 'vitest';
import type { FeedbackContent } from '../src/domain/feedback/feedback-content.ts';
import { modelFeedbackWriter } from '../src/domain/feedback/feedback-writers.ts';
import { judgedAnswers } from '../src/domain/feedback/rule-based-feedback.ts';
import { speechMetrics } from '../src/domain/feedback/speech-metrics.ts';
import type { StoredTurn } from '../src/domain/interview/transcript.ts';
import type { JudgeRequest, LanguageModelPort } from '../src/ports/language-model-port.ts';

/*
 * A model interviewer words its own questions. Each one it puts after an answer is paired with the
 * answers given to it, so the model's review is asked per answer with the right question beside it;
 * a question put again after a request to repeat or a question back stays the one on the table.
 */

const agent = (content: string): StoredTurn => ({ role: 'agent', content });
const user = (content: string): StoredTurn => ({ role: 'user', content });

const job = {
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate payment services in Go on PostgreSQL and Kafka. On-call rotation.',
  resumeText: 'Backend engineer, 6 years. Brightpay: payouts service in Go, idempotency layer, Kafka migration.',
};

const judge = (transcript: StoredTurn[], language: 'en' | 'es', questionsBy?: 'model') =>
  judgedAnswers(
    {
      field: 'engineering',
      language,
      transcript,
      metrics: speechMetrics(transcript, language, 'completed'),
      endReason: 'completed',
      job,
    },
    questionsBy,
  );

const english: StoredTurn[] = [
  agent('Hi Ana, thanks for joining. To start, how did you end up working on payments?'),
  user('I moved from a claims API at a health company to Brightpay four years ago because I liked problems where correctness matters.'),
  agent('Thanks. How did you design the idempotency layer for the payouts service?'),
  user('Sorry, could you repeat the question?'),
  agent('Of course. How did you design the idempotency layer for payouts at Brightpay?'),
  user(
    'I keyed every payout request on a client token stored in Postgres with a unique index, so a retry returned the first result; duplicate payouts went from about 40 a month to zero.',
  ),
  agent('Got it. Tell me about a time an on-call incident went badly. What did you do?'),
  user(
    'We lost the Kafka consumer group for an hour one night; I paused payouts, replayed from the last committed offset and wrote the runbook we still use.',
  ),
  agent('Thanks, Ana. That is all from me. Do you have any questions for me?'),
  user('No, thank you!'),
];

const spanish: StoredTurn[] = [
  agent('Hola, Ana. Para empezar, ¿cómo llegaste a trabajar en pagos?'),
  user(
    'Trabajaba en una API de reclamos de salud y me pasé a Brightpay hace cuatro años porque me gustan los problemas donde la exactitud importa.',
  ),
  agent('Perfecto. Cuéntame, ¿cómo diseñaste la capa de idempotencia de los pagos?'),
  user(
    'Cada solicitud de pago llevaba un token del cliente guardado en Postgres con un índice único; los pagos duplicados bajaron de unos 40 al mes a cero.',
  ),
  agent('Entiendo. ¿Qué hiciste la vez que un incidente de guardia salió mal?'),
  user(
    'Perdimos el grupo de consumidores de Kafka una hora; pausé los pagos, reprocesé desde el último offset y escribí el runbook que usamos.',
  ),
];

describe('a model’s own questions, each paired with its answers', () => {
  it('pairs each English question with its answer, the question put again after a request to repeat being the same one', () => {
    const judged = judge(english, 'en', 'model');
    expect(judged.map((j) => j.question)).toEqual([
      'To start, how did you end up working on payments?',
      'How did you design the idempotency layer for the payouts service?',
      'Tell me about a time an on-call incident went badly. What did you do?',
    ]);
    expect(judged[1]!.answer).toMatch(/^I keyed every payout request/);
    expect(judged[1]!.answer).not.toMatch(/repeat/);
    expect(judged[2]!.answer).toMatch(/^We lost the Kafka consumer group/);
  });

  it('pairs each Spanish question, opening mark and all, with its answer', () => {
    const judged = judge(spanish, 'es', 'model');
    expect(judged.map((j) => j.question)).toEqual([
      'Para empezar, ¿cómo llegaste a trabajar en pagos?',
      'Cuéntame, ¿cómo diseñaste la capa de idempotencia de los pagos?',
      '¿Qué hiciste la vez que un incidente de guardia salió mal?',
    ]);
    expect(judged.map((j) => j.answer.slice(0, 12))).toEqual(['Trabajaba en', 'Cada solicit', 'Perdimos el ']);
  });

  it('read as the local plan, the same transcript hands every answer to one question (why the model’s pairing differs)', () => {
    expect(judge(english, 'en').length).toBeLessThanOrEqual(1);
  });

  it('sends the model each of its questions with the answer given to it', async () => {
    const requests: JudgeRequest<unknown>[] = [];
    const review: FeedbackContent = {
      overallScore: 70,
      verdict: 'hire',
      summary: 'A solid interview.',
      ratings: [],
      strengths: [],
      improvements: [],
      questions: [],
    };
    const llm: LanguageModelPort = {
      mode: 'openai',
      streamReply: () => (async function* () {})(),
      judge: <T>(request: JudgeRequest<T>) => {
        requests.push(request);
        return Promise.resolve(review as T);
      },
    };
    await modelFeedbackWriter(llm).write(
      {
        brief: { field: 'engineering', language: 'en', candidateName: 'Ana', ...job },
        transcript: english,
        metrics: speechMetrics(english, 'en', 'completed'),
        endReason: 'completed',
      },
      new AbortController().signal,
    );
    const sent = requests[0]?.messages.find((m) => m.role === 'user')?.content ?? '';
    expect(sent).toContain(
      '2. Question: How did you design the idempotency layer for the payouts service?\n   Answer: I keyed every payout request',
    );
    expect(sent).toContain(
      '3. Question: Tell me about a time an on-call incident went badly. What did you do?\n   Answer: We lost the Kafka',
    );
  });
});
