import type { FieldId } from '../fields.ts';
import { q, type BankEntry } from './bank-entry.ts';

/** The own questions of the fields built on clients, money, patients and operations. */
export const peopleFieldQuestions: Record<Extract<FieldId, 'marketing' | 'sales' | 'finance' | 'healthcare' | 'general'>, BankEntry[]> = {
  marketing: [
    q('mkt-campaign', 'technical_depth', {
      en: {
        text: 'Walk me through a campaign you ran. What was the goal, which channels did you use, and what were the results?',
      },
      es: {
        text: 'Cuéntame de una campaña que hayas dirigido. ¿Cuál era el objetivo, qué canales usaste y qué resultados tuvo?',
      },
      'pt-BR': {
        text: 'Me fale de uma campanha que você conduziu. Qual era o objetivo, quais canais usou e quais foram os resultados?',
      },
    }),
    q('mkt-metrics', 'problem_solving', {
      en: {
        text: 'If conversions suddenly dropped by a third, how would you find out why?',
      },
      es: {
        text: 'Si las conversiones cayeran de repente un tercio, ¿cómo averiguarías por qué?',
      },
      'pt-BR': {
        text: 'Se as conversões caíssem de repente em um terço, como você descobriria o motivo?',
      },
    }),
    q('mkt-audience', 'role_fit', {
      en: {
        text: 'Who do you think is the core audience for this company, and how would you reach them?',
      },
      es: {
        text: '¿Quién crees que es el público principal de esta empresa y cómo llegarías a él?',
      },
      'pt-BR': {
        text: 'Quem você acha que é o público principal desta empresa, e como você chegaria até ele?',
      },
    }),
  ],
  sales: [
    q('sales-deal', 'technical_depth', {
      en: {
        text: 'Tell me about a deal you closed that was hard to win. How did you move it forward?',
      },
      es: {
        text: 'Cuéntame de una venta difícil que lograste cerrar. ¿Cómo la hiciste avanzar?',
      },
      'pt-BR': {
        text: 'Me conte sobre uma venda difícil que você fechou. Como fez a negociação avançar?',
      },
    }),
    q('sales-pipeline', 'problem_solving', {
      en: {
        text: 'You are halfway through the quarter at forty percent of quota. What do you do?',
      },
      es: {
        text: 'Vas por la mitad del trimestre y llevas el cuarenta por ciento de tu cuota. ¿Qué haces?',
      },
      'pt-BR': {
        text: 'Você está na metade do trimestre com quarenta por cento da meta. O que você faz?',
      },
    }),
    q('sales-objection', 'communication', {
      en: {
        text: 'A prospect says your product is too expensive. How do you respond?',
      },
      es: {
        text: 'Un cliente potencial dice que tu producto es demasiado caro. ¿Cómo respondes?',
      },
      'pt-BR': {
        text: 'Um cliente em potencial diz que seu produto é caro demais. Como você responde?',
      },
    }),
  ],
  finance: [
    q('fin-analysis', 'technical_depth', {
      en: {
        text: 'Walk me through a financial analysis or model you built and the decision it supported.',
      },
      es: {
        text: 'Explícame un análisis o modelo financiero que hayas hecho y la decisión que respaldó.',
      },
      'pt-BR': {
        text: 'Me explique uma análise ou modelo financeiro que você fez e a decisão que ele apoiou.',
      },
    }),
    q('fin-variance', 'problem_solving', {
      en: {
        text: 'Costs came in fifteen percent over budget this month. How would you investigate?',
      },
      es: {
        text: 'Los costos de este mes superaron el presupuesto en un quince por ciento. ¿Cómo lo investigarías?',
      },
      'pt-BR': {
        text: 'Os custos deste mês vieram quinze por cento acima do orçamento. Como você investigaria?',
      },
    }),
    q('fin-controls', 'technical_depth', {
      en: {
        text: 'How do you make sure the numbers you report are right?',
      },
      es: {
        text: '¿Cómo te aseguras de que las cifras que reportas sean correctas?',
      },
      'pt-BR': {
        text: 'Como você garante que os números que reporta estão corretos?',
      },
    }),
  ],
  healthcare: [
    q('health-case', 'technical_depth', {
      en: {
        text: 'Tell me about a patient case that challenged you clinically. What did you assess and decide?',
      },
      es: {
        text: 'Cuéntame de un caso clínico que te haya desafiado. ¿Qué evaluaste y qué decidiste?',
      },
      'pt-BR': {
        text: 'Me conte sobre um caso clínico que te desafiou. O que você avaliou e o que decidiu?',
      },
    }),
    q('health-safety', 'problem_solving', {
      en: {
        text: 'What would you do if you noticed a medication or safety error made by a colleague?',
      },
      es: {
        text: '¿Qué harías si notaras un error de medicación o de seguridad cometido por un colega?',
      },
      'pt-BR': {
        text: 'O que você faria se percebesse um erro de medicação ou de segurança cometido por um colega?',
      },
    }),
    q('health-family', 'communication', {
      en: {
        text: 'How do you explain difficult news or a care plan to a worried patient or family?',
      },
      es: {
        text: '¿Cómo explicas una mala noticia o un plan de cuidados a un paciente o familia preocupados?',
      },
      'pt-BR': {
        text: 'Como você explica uma notícia difícil ou um plano de cuidados a um paciente ou família preocupados?',
      },
    }),
  ],
  general: [
    q('gen-responsibility', 'technical_depth', {
      en: {
        text: 'What are the main responsibilities you had in your last role, and which one are you proudest of doing well?',
      },
      es: {
        text: '¿Cuáles eran tus principales responsabilidades en tu último puesto, y cuál te enorgullece más?',
      },
      'pt-BR': {
        text: 'Quais eram suas principais responsabilidades no último emprego, e de qual você mais se orgulha?',
      },
    }),
    q('gen-priorities', 'problem_solving', {
      en: {
        text: 'You have three urgent requests and time for one. How do you decide?',
      },
      es: {
        text: 'Tienes tres pedidos urgentes y tiempo para uno. ¿Cómo decides?',
      },
      'pt-BR': {
        text: 'Você tem três pedidos urgentes e tempo para um. Como decide?',
      },
    }),
    q('gen-customer', 'communication', {
      en: {
        text: 'Tell me about a time you dealt with an unhappy customer or colleague. What did you say?',
      },
      es: {
        text: 'Cuéntame de una vez que atendiste a un cliente o colega molesto. ¿Qué le dijiste?',
      },
      'pt-BR': {
        text: 'Me conte sobre uma vez em que você lidou com um cliente ou colega insatisfeito. O que você disse?',
      },
    }),
  ],
};
