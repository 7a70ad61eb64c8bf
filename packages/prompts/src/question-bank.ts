import type { Language } from '@voxly/config';
import type { FieldId } from './fields.ts';

export type Competency = 'technical_depth' | 'problem_solving' | 'communication' | 'role_fit' | 'behavioural';

export interface BankQuestion {
  id: string;
  competency: Competency;
  text: string;
}

type Localised = Record<Language, { text: string }>;
interface BankEntry {
  id: string;
  competency: Competency;
  text: Localised;
}

const q = (id: string, competency: Competency, text: Localised): BankEntry => ({ id, competency, text });

/** Asked in every field, between the field's own questions. */
const common: BankEntry[] = [
  q('star-challenge', 'behavioural', {
    en: {
      text: 'Tell me about a time you faced a difficult problem at work or in a project. What was the situation, what did you do, and what happened?',
    },
    es: {
      text: 'Cuéntame de una vez que enfrentaste un problema difícil en el trabajo o en un proyecto. ¿Cuál era la situación, qué hiciste y qué pasó?',
    },
    'pt-BR': {
      text: 'Me conte sobre uma vez em que você enfrentou um problema difícil no trabalho ou em um projeto. Qual era a situação, o que você fez e o que aconteceu?',
    },
  }),
  q('conflict', 'communication', {
    en: {
      text: 'Describe a disagreement you had with a colleague or a manager. How did you handle it?',
    },
    es: {
      text: 'Descríbeme un desacuerdo que tuviste con un colega o con tu jefe. ¿Cómo lo manejaste?',
    },
    'pt-BR': {
      text: 'Descreva uma discordância que você teve com um colega ou gestor. Como você lidou com ela?',
    },
  }),
  q('motivation', 'role_fit', {
    en: {
      text: 'Why this role, and what would you want to achieve in your first six months?',
    },
    es: {
      text: '¿Por qué este puesto, y qué te gustaría lograr en tus primeros seis meses?',
    },
    'pt-BR': {
      text: 'Por que esta vaga, e o que você gostaria de alcançar nos seus primeiros seis meses?',
    },
  }),
];

const byField: Record<FieldId, BankEntry[]> = {
  engineering: [
    q('eng-system', 'technical_depth', {
      en: {
        text: 'Walk me through a system or component you built. What were the main design decisions and their trade-offs?',
      },
      es: {
        text: 'Explícame un sistema o componente que hayas construido. ¿Cuáles fueron las decisiones de diseño principales y sus compromisos?',
      },
      'pt-BR': {
        text: 'Me explique um sistema ou componente que você construiu. Quais foram as principais decisões de projeto e seus trade-offs?',
      },
    }),
    q('eng-debug', 'problem_solving', {
      en: {
        text: 'Tell me about the hardest bug or failure you investigated. How did you find the cause?',
      },
      es: {
        text: 'Cuéntame sobre el error o la falla más difícil que investigaste. ¿Cómo encontraste la causa?',
      },
      'pt-BR': {
        text: 'Me conte sobre o bug ou a falha mais difícil que você investigou. Como encontrou a causa?',
      },
    }),
    q('eng-quality', 'technical_depth', {
      en: {
        text: 'How do you make sure what you ship keeps working, from testing to monitoring?',
      },
      es: {
        text: '¿Cómo te aseguras de que lo que entregas siga funcionando, desde las pruebas hasta el monitoreo?',
      },
      'pt-BR': {
        text: 'Como você garante que o que entrega continue funcionando, dos testes ao monitoramento?',
      },
    }),
  ],
  ai_ml: [
    q('ml-project', 'technical_depth', {
      en: {
        text: 'Tell me about a model you took from idea to use. How did you choose the approach and measure whether it worked?',
      },
      es: {
        text: 'Cuéntame de un modelo que llevaste de la idea al uso real. ¿Cómo elegiste el enfoque y mediste si funcionaba?',
      },
      'pt-BR': {
        text: 'Me conte sobre um modelo que você levou da ideia ao uso real. Como escolheu a abordagem e mediu se funcionava?',
      },
    }),
    q('ml-data', 'problem_solving', {
      en: {
        text: 'What do you do when a model performs well offline but badly in production?',
      },
      es: {
        text: '¿Qué haces cuando un modelo funciona bien en pruebas pero mal en producción?',
      },
      'pt-BR': {
        text: 'O que você faz quando um modelo vai bem offline, mas mal em produção?',
      },
    }),
    q('ml-explain', 'communication', {
      en: {
        text: 'How would you explain the limits of a model to a non-technical stakeholder?',
      },
      es: {
        text: '¿Cómo explicarías los límites de un modelo a alguien del negocio sin formación técnica?',
      },
      'pt-BR': {
        text: 'Como você explicaria os limites de um modelo para alguém do negócio sem formação técnica?',
      },
    }),
  ],
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
  design: [
    q('design-process', 'technical_depth', {
      en: {
        text: 'Walk me through a design project from the problem to the shipped result. How did research shape it?',
      },
      es: {
        text: 'Cuéntame un proyecto de diseño desde el problema hasta el resultado final. ¿Cómo influyó la investigación?',
      },
      'pt-BR': {
        text: 'Me conte um projeto de design do problema ao resultado final. Como a pesquisa influenciou?',
      },
    }),
    q('design-feedback', 'communication', {
      en: {
        text: 'A stakeholder strongly dislikes your design. How do you handle it?',
      },
      es: {
        text: 'Una persona clave rechaza tu diseño con fuerza. ¿Cómo lo manejas?',
      },
      'pt-BR': {
        text: 'Uma pessoa importante rejeita fortemente o seu design. Como você lida com isso?',
      },
    }),
    q('design-accessibility', 'problem_solving', {
      en: {
        text: 'How do you make sure a design works for people with disabilities and on small screens?',
      },
      es: {
        text: '¿Cómo te aseguras de que un diseño funcione para personas con discapacidad y en pantallas pequeñas?',
      },
      'pt-BR': {
        text: 'Como você garante que um design funcione para pessoas com deficiência e em telas pequenas?',
      },
    }),
  ],
  agriculture: [
    q('agri-season', 'technical_depth', {
      en: {
        text: 'Tell me about a season or crop you managed. What decisions mattered most for the yield?',
      },
      es: {
        text: 'Cuéntame de una temporada o cultivo que hayas manejado. ¿Qué decisiones pesaron más en el rendimiento?',
      },
      'pt-BR': {
        text: 'Me conte sobre uma safra ou cultura que você manejou. Quais decisões mais pesaram na produtividade?',
      },
    }),
    q('agri-problem', 'problem_solving', {
      en: {
        text: 'A field shows patchy, yellowing plants mid-season. How do you find out what is wrong?',
      },
      es: {
        text: 'A mitad de temporada un lote muestra plantas amarillas en manchas. ¿Cómo averiguas qué pasa?',
      },
      'pt-BR': {
        text: 'No meio da safra, um talhão mostra plantas amareladas em reboleiras. Como você descobre o problema?',
      },
    }),
    q('agri-producer', 'communication', {
      en: {
        text: 'How do you convince a traditional producer to try a new practice?',
      },
      es: {
        text: '¿Cómo convences a un productor tradicional de probar una práctica nueva?',
      },
      'pt-BR': {
        text: 'Como você convence um produtor tradicional a testar uma prática nova?',
      },
    }),
  ],
  physics: [
    q('phys-research', 'technical_depth', {
      en: {
        text: 'Describe an experiment or model from your research. What question did it answer and how did you control for error?',
      },
      es: {
        text: 'Describe un experimento o modelo de tu investigación. ¿Qué pregunta respondía y cómo controlaste el error?',
      },
      'pt-BR': {
        text: 'Descreva um experimento ou modelo da sua pesquisa. Que pergunta ele respondia e como você controlou o erro?',
      },
    }),
    q('phys-anomaly', 'problem_solving', {
      en: {
        text: 'Your measurement disagrees with theory by three sigma. What do you do next?',
      },
      es: {
        text: 'Tu medición difiere de la teoría en tres sigmas. ¿Qué haces a continuación?',
      },
      'pt-BR': {
        text: 'Sua medição difere da teoria em três sigmas. O que você faz em seguida?',
      },
    }),
    q('phys-explain', 'communication', {
      en: {
        text: 'Explain a concept from your work to someone without a physics background.',
      },
      es: {
        text: 'Explica un concepto de tu trabajo a alguien sin formación en física.',
      },
      'pt-BR': {
        text: 'Explique um conceito do seu trabalho para alguém sem formação em física.',
      },
    }),
  ],
  general: [
    q('gen-responsibility', 'technical_depth', {
      en: {
        text: 'What are the main responsibilities you had in your last role, and which one are you proudest of doing well?',
      },
      es: {
        text: '¿Cuáles eran tus principales responsabilidades en tu último puesto, y de cuál te sientes más orgulloso?',
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

/**
 * The interview plan for a field, in order: the field's questions with the shared
 * behavioural ones woven between them.
 */
export function questionPlan(field: FieldId, language: Language): BankQuestion[] {
  const own = byField[field];
  const order = [own[0], common[0], own[1], common[1], own[2], common[2]].filter((e): e is BankEntry => Boolean(e));
  return order.map((entry) => ({
    id: entry.id,
    competency: entry.competency,
    text: entry.text[language].text,
  }));
}
