import { describe, expect, it } from 'vitest';
import { leisureStemsIn } from '../src/answers/answer-vocabulary.ts';
import { documentStems, readAnswer } from '../src/listening/answer-reading.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';

/*
 * Leisure words (a match, a show, a trip) read so that work said with a verb of the same stem
 * ("I showed her the sheet", "we matched the invoices", "the breaker tripped") is not small talk,
 * nor a word that is a listed word's bare stem ("new" is not "news"); other forms of a remark
 * ("partidos", "jogos", "games") still count. The reviewer and the interviewer read them alike.
 */
describe('leisure words and work verbs of the same stem', () => {
  it('counts a leisure word and its other forms, not a work verb or a bare stem of one', () => {
    expect(leisureStemsIn('I showed her the overtime sheet and we matched the invoices', 'en')).toEqual([]);
    expect(leisureStemsIn('did you see the games last night, my dog would not stop barking', 'en')).toHaveLength(3);
    // "new" is the stem of "news", "cook" of "cooking": as words of their own they are work.
    expect(leisureStemsIn('the new grill cook misread the temp on the ticket', 'en')).toEqual([]);
    expect(leisureStemsIn('I watched the news and did some cooking', 'en')).toHaveLength(2);
  });

  it('counts any form of a leisure word but an English verb’s', () => {
    expect(leisureStemsIn('I showed her the sheet, the breaker tripped and we matched the invoices', 'en')).toEqual([]);
    expect(leisureStemsIn('¿viste los partidos del domingo?', 'es').length).toBeGreaterThan(0);
    expect(leisureStemsIn('você viu os jogos de ontem?', 'pt').length).toBeGreaterThan(0);
  });

  it('an answer told with such verbs is not read as a remark off the topic', () => {
    const context = {
      language: 'en' as const,
      question: 'Tell me about a disagreement with your lead.',
      documentStems: documentStems('Operations Coordinator. Run the shift, the team and the suppliers.', 'en'),
    };
    expect(
      readAnswer('I showed her the overtime sheet, so she matched my numbers against hers and we tripled the checks.', context).kind,
    ).not.toBe('off_topic');
    expect(readAnswer('did you watch the game last night? my dog would not stop barking', context).kind).toBe('off_topic');
  });
});

/*
 * A weekend at the match told for a question about the work, naming the city the job is in and the
 * score: the interviewer steers back from it and the report calls it off the topic, with no figure
 * praised. The city and the score are no part of the question.
 */
describe('a match told for a work question', () => {
  const cases = [
    {
      language: 'en' as const,
      jobTitle: 'Accounts Payable Analyst',
      jobDescription:
        'Food distributor based in Seattle hiring an Accounts Payable Analyst: vendor invoices, month-end close, payment runs in SAP.',
      question:
        'The role includes the month-end close, and your resume shows it: tell me about one close, what your part was and how it went.',
      answer:
        'So on the weekend I went to the stadium to see Seattle play Portland. What a game: we won 2 to 1 with a goal in the 89th minute, the whole stadium was singing. Then we had barbecue with my cousins and got home really late.',
    },
    {
      language: 'es' as const,
      jobTitle: 'Analista de Cuentas por Pagar',
      jobDescription:
        'Distribuidora de alimentos con sede en Monterrey busca Analista de Cuentas por Pagar: facturas de proveedores, cierre contable mensual y pagos en SAP.',
      question: 'El puesto incluye cierre contable mensual: cuéntame una ocasión concreta, cuál fue tu parte y el resultado.',
      answer:
        'Pues el sábado fui al estadio a ver al Monterrey contra el Santos. Fue un partidazo: ganamos 2 a 1 con un golazo en el minuto 89 y la afición no paró de cantar. Después fuimos por tamales con mis primos y regresamos tardísimo.',
    },
    {
      language: 'pt-BR' as const,
      jobTitle: 'Analista de Contas a Pagar',
      jobDescription:
        'Distribuidora de alimentos com sede em Recife contrata Analista de Contas a Pagar: notas de fornecedores, fechamento contábil mensal e pagamentos no SAP.',
      question: 'A vaga inclui o fechamento contábil mensal: me conte uma ocasião concreta, qual foi a sua parte e o resultado.',
      answer:
        'Então, no domingo eu fui no estádio ver o Sport contra o Náutico, em Recife. Foi um jogão: ganhamos de 2 a 1 com um golaço aos 89 minutos e a torcida não parou de cantar. Depois teve feijoada com os meus primos e a gente voltou tarde.',
    },
  ];
  it.each(cases)('$language: the interviewer reads it as off the topic', (c) => {
    const context = {
      language: c.language,
      question: c.question,
      documentStems: documentStems(`${c.jobTitle}\n${c.jobDescription}`, c.language),
    };
    expect(readAnswer(c.answer, context).kind).toBe('off_topic');
  });
  it.each(cases)('$language: the report scores it 1, off the topic, praising nothing', (c) => {
    const review = reviewAnswer(c);
    expect(review.kind).toBe('off_topic');
    expect(review.score).toBe(1);
    expect(review.strengths).toEqual([]);
  });
});
