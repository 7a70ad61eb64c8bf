import type { Language } from '@voxly/config';
import type { FieldId } from './fields.ts';

export type Competency = 'technical_depth' | 'problem_solving' | 'communication' | 'role_fit' | 'behavioural';

export interface BankQuestion {
  id: string;
  competency: Competency;
  text: string;
  /** Word stems a strong answer tends to touch (the rule-based evaluator's rubric). */
  keyPoints: string[];
}

type Localised = Record<Language, { text: string; keyPoints: string[] }>;
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
      keyPoints: ['situation', 'task', 'i ', 'result', 'learn'],
    },
    es: {
      text: 'Cuéntame de una vez que enfrentaste un problema difícil en el trabajo o en un proyecto. ¿Cuál era la situación, qué hiciste y qué pasó?',
      keyPoints: ['situacion', 'tarea', 'hice', 'resultado', 'aprend'],
    },
    'pt-BR': {
      text: 'Me conte sobre uma vez em que você enfrentou um problema difícil no trabalho ou em um projeto. Qual era a situação, o que você fez e o que aconteceu?',
      keyPoints: ['situacao', 'tarefa', 'fiz', 'resultado', 'aprend'],
    },
  }),
  q('conflict', 'communication', {
    en: {
      text: 'Describe a disagreement you had with a colleague or a manager. How did you handle it?',
      keyPoints: ['listen', 'understand', 'data', 'agree', 'compromise'],
    },
    es: {
      text: 'Descríbeme un desacuerdo que tuviste con un colega o con tu jefe. ¿Cómo lo manejaste?',
      keyPoints: ['escuch', 'entend', 'datos', 'acuerdo', 'solucion'],
    },
    'pt-BR': {
      text: 'Descreva uma discordância que você teve com um colega ou gestor. Como você lidou com ela?',
      keyPoints: ['ouv', 'entend', 'dados', 'acordo', 'solucao'],
    },
  }),
  q('motivation', 'role_fit', {
    en: {
      text: 'Why this role, and what would you want to achieve in your first six months?',
      keyPoints: ['learn', 'impact', 'team', 'goal', 'company'],
    },
    es: {
      text: '¿Por qué este puesto, y qué te gustaría lograr en tus primeros seis meses?',
      keyPoints: ['aprend', 'impacto', 'equipo', 'objetivo', 'empresa'],
    },
    'pt-BR': {
      text: 'Por que esta vaga, e o que você gostaria de alcançar nos seus primeiros seis meses?',
      keyPoints: ['aprend', 'impacto', 'equipe', 'objetivo', 'empresa'],
    },
  }),
];

const byField: Record<FieldId, BankEntry[]> = {
  engineering: [
    q('eng-system', 'technical_depth', {
      en: {
        text: 'Walk me through a system or component you built. What were the main design decisions and their trade-offs?',
        keyPoints: ['design', 'trade', 'scal', 'perform', 'test'],
      },
      es: {
        text: 'Explícame un sistema o componente que hayas construido. ¿Cuáles fueron las decisiones de diseño principales y sus compromisos?',
        keyPoints: ['diseno', 'compromis', 'escal', 'rendimiento', 'prueba'],
      },
      'pt-BR': {
        text: 'Me explique um sistema ou componente que você construiu. Quais foram as principais decisões de projeto e seus trade-offs?',
        keyPoints: ['projeto', 'trade', 'escal', 'desempenho', 'teste'],
      },
    }),
    q('eng-debug', 'problem_solving', {
      en: {
        text: 'Tell me about the hardest bug or failure you investigated. How did you find the cause?',
        keyPoints: ['log', 'reproduc', 'hypothes', 'root cause', 'fix'],
      },
      es: {
        text: 'Cuéntame sobre el error o la falla más difícil que investigaste. ¿Cómo encontraste la causa?',
        keyPoints: ['log', 'reproduc', 'hipotesis', 'causa', 'correg'],
      },
      'pt-BR': {
        text: 'Me conte sobre o bug ou a falha mais difícil que você investigou. Como encontrou a causa?',
        keyPoints: ['log', 'reproduz', 'hipotese', 'causa', 'corrig'],
      },
    }),
    q('eng-quality', 'technical_depth', {
      en: {
        text: 'How do you make sure what you ship keeps working, from testing to monitoring?',
        keyPoints: ['test', 'review', 'monitor', 'deploy', 'alert'],
      },
      es: {
        text: '¿Cómo te aseguras de que lo que entregas siga funcionando, desde las pruebas hasta el monitoreo?',
        keyPoints: ['prueba', 'revision', 'monitor', 'despliegue', 'alerta'],
      },
      'pt-BR': {
        text: 'Como você garante que o que entrega continue funcionando, dos testes ao monitoramento?',
        keyPoints: ['teste', 'revis', 'monitor', 'deploy', 'alerta'],
      },
    }),
  ],
  ai_ml: [
    q('ml-project', 'technical_depth', {
      en: {
        text: 'Tell me about a model you took from idea to use. How did you choose the approach and measure whether it worked?',
        keyPoints: ['data', 'baseline', 'metric', 'valid', 'deploy'],
      },
      es: {
        text: 'Cuéntame de un modelo que llevaste de la idea al uso real. ¿Cómo elegiste el enfoque y mediste si funcionaba?',
        keyPoints: ['datos', 'linea base', 'metrica', 'valid', 'produccion'],
      },
      'pt-BR': {
        text: 'Me conte sobre um modelo que você levou da ideia ao uso real. Como escolheu a abordagem e mediu se funcionava?',
        keyPoints: ['dados', 'baseline', 'metrica', 'valid', 'producao'],
      },
    }),
    q('ml-data', 'problem_solving', {
      en: {
        text: 'What do you do when a model performs well offline but badly in production?',
        keyPoints: ['drift', 'leak', 'distribution', 'monitor', 'retrain'],
      },
      es: {
        text: '¿Qué haces cuando un modelo funciona bien en pruebas pero mal en producción?',
        keyPoints: ['deriva', 'fuga', 'distribucion', 'monitor', 'reentren'],
      },
      'pt-BR': {
        text: 'O que você faz quando um modelo vai bem offline, mas mal em produção?',
        keyPoints: ['drift', 'vazamento', 'distribuicao', 'monitor', 'retrein'],
      },
    }),
    q('ml-explain', 'communication', {
      en: {
        text: 'How would you explain the limits of a model to a non-technical stakeholder?',
        keyPoints: ['uncertain', 'error', 'example', 'risk', 'decision'],
      },
      es: {
        text: '¿Cómo explicarías los límites de un modelo a alguien del negocio sin formación técnica?',
        keyPoints: ['incertidumbre', 'error', 'ejemplo', 'riesgo', 'decision'],
      },
      'pt-BR': {
        text: 'Como você explicaria os limites de um modelo para alguém do negócio sem formação técnica?',
        keyPoints: ['incerteza', 'erro', 'exemplo', 'risco', 'decisao'],
      },
    }),
  ],
  marketing: [
    q('mkt-campaign', 'technical_depth', {
      en: {
        text: 'Walk me through a campaign you ran. What was the goal, which channels did you use, and what were the results?',
        keyPoints: ['goal', 'audience', 'channel', 'budget', 'result'],
      },
      es: {
        text: 'Cuéntame de una campaña que hayas dirigido. ¿Cuál era el objetivo, qué canales usaste y qué resultados tuvo?',
        keyPoints: ['objetivo', 'publico', 'canal', 'presupuesto', 'resultado'],
      },
      'pt-BR': {
        text: 'Me fale de uma campanha que você conduziu. Qual era o objetivo, quais canais usou e quais foram os resultados?',
        keyPoints: ['objetivo', 'publico', 'canal', 'orcamento', 'resultado'],
      },
    }),
    q('mkt-metrics', 'problem_solving', {
      en: {
        text: 'If conversions suddenly dropped by a third, how would you find out why?',
        keyPoints: ['funnel', 'segment', 'tracking', 'channel', 'test'],
      },
      es: {
        text: 'Si las conversiones cayeran de repente un tercio, ¿cómo averiguarías por qué?',
        keyPoints: ['embudo', 'segment', 'medicion', 'canal', 'prueba'],
      },
      'pt-BR': {
        text: 'Se as conversões caíssem de repente em um terço, como você descobriria o motivo?',
        keyPoints: ['funil', 'segment', 'rastre', 'canal', 'teste'],
      },
    }),
    q('mkt-audience', 'role_fit', {
      en: {
        text: 'Who do you think is the core audience for this company, and how would you reach them?',
        keyPoints: ['persona', 'need', 'message', 'channel', 'research'],
      },
      es: {
        text: '¿Quién crees que es el público principal de esta empresa y cómo llegarías a él?',
        keyPoints: ['persona', 'necesidad', 'mensaje', 'canal', 'investig'],
      },
      'pt-BR': {
        text: 'Quem você acha que é o público principal desta empresa, e como você chegaria até ele?',
        keyPoints: ['persona', 'necessidade', 'mensagem', 'canal', 'pesquisa'],
      },
    }),
  ],
  sales: [
    q('sales-deal', 'technical_depth', {
      en: {
        text: 'Tell me about a deal you closed that was hard to win. How did you move it forward?',
        keyPoints: ['discovery', 'pain', 'stakeholder', 'objection', 'close'],
      },
      es: {
        text: 'Cuéntame de una venta difícil que lograste cerrar. ¿Cómo la hiciste avanzar?',
        keyPoints: ['necesidad', 'dolor', 'decisor', 'objecion', 'cierre'],
      },
      'pt-BR': {
        text: 'Me conte sobre uma venda difícil que você fechou. Como fez a negociação avançar?',
        keyPoints: ['necessidade', 'dor', 'decisor', 'objecao', 'fechamento'],
      },
    }),
    q('sales-pipeline', 'problem_solving', {
      en: {
        text: 'You are halfway through the quarter at forty percent of quota. What do you do?',
        keyPoints: ['pipeline', 'priorit', 'prospect', 'forecast', 'activity'],
      },
      es: {
        text: 'Vas por la mitad del trimestre y llevas el cuarenta por ciento de tu cuota. ¿Qué haces?',
        keyPoints: ['pipeline', 'prioriz', 'prospect', 'pronostico', 'actividad'],
      },
      'pt-BR': {
        text: 'Você está na metade do trimestre com quarenta por cento da meta. O que você faz?',
        keyPoints: ['funil', 'prioriz', 'prospec', 'previsao', 'atividade'],
      },
    }),
    q('sales-objection', 'communication', {
      en: {
        text: 'A prospect says your product is too expensive. How do you respond?',
        keyPoints: ['value', 'question', 'roi', 'compare', 'listen'],
      },
      es: {
        text: 'Un cliente potencial dice que tu producto es demasiado caro. ¿Cómo respondes?',
        keyPoints: ['valor', 'pregunt', 'retorno', 'compar', 'escuch'],
      },
      'pt-BR': {
        text: 'Um cliente em potencial diz que seu produto é caro demais. Como você responde?',
        keyPoints: ['valor', 'pergunt', 'retorno', 'compar', 'ouv'],
      },
    }),
  ],
  finance: [
    q('fin-analysis', 'technical_depth', {
      en: {
        text: 'Walk me through a financial analysis or model you built and the decision it supported.',
        keyPoints: ['assumption', 'scenario', 'cash', 'margin', 'recommend'],
      },
      es: {
        text: 'Explícame un análisis o modelo financiero que hayas hecho y la decisión que respaldó.',
        keyPoints: ['supuesto', 'escenario', 'caja', 'margen', 'recomend'],
      },
      'pt-BR': {
        text: 'Me explique uma análise ou modelo financeiro que você fez e a decisão que ele apoiou.',
        keyPoints: ['premissa', 'cenario', 'caixa', 'margem', 'recomend'],
      },
    }),
    q('fin-variance', 'problem_solving', {
      en: {
        text: 'Costs came in fifteen percent over budget this month. How would you investigate?',
        keyPoints: ['variance', 'driver', 'one-off', 'forecast', 'owner'],
      },
      es: {
        text: 'Los costos de este mes superaron el presupuesto en un quince por ciento. ¿Cómo lo investigarías?',
        keyPoints: ['variacion', 'causa', 'puntual', 'pronostico', 'responsable'],
      },
      'pt-BR': {
        text: 'Os custos deste mês vieram quinze por cento acima do orçamento. Como você investigaria?',
        keyPoints: ['variacao', 'causa', 'pontual', 'previsao', 'responsavel'],
      },
    }),
    q('fin-controls', 'technical_depth', {
      en: {
        text: 'How do you make sure the numbers you report are right?',
        keyPoints: ['reconcil', 'control', 'review', 'source', 'audit'],
      },
      es: {
        text: '¿Cómo te aseguras de que las cifras que reportas sean correctas?',
        keyPoints: ['concili', 'control', 'revis', 'fuente', 'auditor'],
      },
      'pt-BR': {
        text: 'Como você garante que os números que reporta estão corretos?',
        keyPoints: ['concili', 'controle', 'revis', 'fonte', 'auditor'],
      },
    }),
  ],
  healthcare: [
    q('health-case', 'technical_depth', {
      en: {
        text: 'Tell me about a patient case that challenged you clinically. What did you assess and decide?',
        keyPoints: ['assess', 'priorit', 'protocol', 'team', 'outcome'],
      },
      es: {
        text: 'Cuéntame de un caso clínico que te haya desafiado. ¿Qué evaluaste y qué decidiste?',
        keyPoints: ['evalu', 'prioriz', 'protocolo', 'equipo', 'resultado'],
      },
      'pt-BR': {
        text: 'Me conte sobre um caso clínico que te desafiou. O que você avaliou e o que decidiu?',
        keyPoints: ['avali', 'prioriz', 'protocolo', 'equipe', 'desfecho'],
      },
    }),
    q('health-safety', 'problem_solving', {
      en: {
        text: 'What would you do if you noticed a medication or safety error made by a colleague?',
        keyPoints: ['patient', 'safety', 'report', 'communicat', 'protocol'],
      },
      es: {
        text: '¿Qué harías si notaras un error de medicación o de seguridad cometido por un colega?',
        keyPoints: ['paciente', 'seguridad', 'report', 'comunic', 'protocolo'],
      },
      'pt-BR': {
        text: 'O que você faria se percebesse um erro de medicação ou de segurança cometido por um colega?',
        keyPoints: ['paciente', 'seguranca', 'notific', 'comunic', 'protocolo'],
      },
    }),
    q('health-family', 'communication', {
      en: {
        text: 'How do you explain difficult news or a care plan to a worried patient or family?',
        keyPoints: ['empathy', 'simple', 'listen', 'question', 'check'],
      },
      es: {
        text: '¿Cómo explicas una mala noticia o un plan de cuidados a un paciente o familia preocupados?',
        keyPoints: ['empatia', 'sencill', 'escuch', 'pregunt', 'comprend'],
      },
      'pt-BR': {
        text: 'Como você explica uma notícia difícil ou um plano de cuidados a um paciente ou família preocupados?',
        keyPoints: ['empatia', 'simples', 'ouv', 'pergunt', 'compreend'],
      },
    }),
  ],
  design: [
    q('design-process', 'technical_depth', {
      en: {
        text: 'Walk me through a design project from the problem to the shipped result. How did research shape it?',
        keyPoints: ['research', 'user', 'prototype', 'test', 'iterat'],
      },
      es: {
        text: 'Cuéntame un proyecto de diseño desde el problema hasta el resultado final. ¿Cómo influyó la investigación?',
        keyPoints: ['investig', 'usuario', 'prototipo', 'prueba', 'iter'],
      },
      'pt-BR': {
        text: 'Me conte um projeto de design do problema ao resultado final. Como a pesquisa influenciou?',
        keyPoints: ['pesquisa', 'usuario', 'prototipo', 'teste', 'iter'],
      },
    }),
    q('design-feedback', 'communication', {
      en: {
        text: 'A stakeholder strongly dislikes your design. How do you handle it?',
        keyPoints: ['goal', 'evidence', 'listen', 'test', 'align'],
      },
      es: {
        text: 'Una persona clave rechaza tu diseño con fuerza. ¿Cómo lo manejas?',
        keyPoints: ['objetivo', 'evidencia', 'escuch', 'prueba', 'alinea'],
      },
      'pt-BR': {
        text: 'Uma pessoa importante rejeita fortemente o seu design. Como você lida com isso?',
        keyPoints: ['objetivo', 'evidencia', 'ouv', 'teste', 'alinha'],
      },
    }),
    q('design-accessibility', 'problem_solving', {
      en: {
        text: 'How do you make sure a design works for people with disabilities and on small screens?',
        keyPoints: ['contrast', 'keyboard', 'screen reader', 'responsive', 'test'],
      },
      es: {
        text: '¿Cómo te aseguras de que un diseño funcione para personas con discapacidad y en pantallas pequeñas?',
        keyPoints: ['contraste', 'teclado', 'lector', 'responsive', 'prueba'],
      },
      'pt-BR': {
        text: 'Como você garante que um design funcione para pessoas com deficiência e em telas pequenas?',
        keyPoints: ['contraste', 'teclado', 'leitor', 'responsiv', 'teste'],
      },
    }),
  ],
  agriculture: [
    q('agri-season', 'technical_depth', {
      en: {
        text: 'Tell me about a season or crop you managed. What decisions mattered most for the yield?',
        keyPoints: ['soil', 'plant', 'nutri', 'pest', 'yield'],
      },
      es: {
        text: 'Cuéntame de una temporada o cultivo que hayas manejado. ¿Qué decisiones pesaron más en el rendimiento?',
        keyPoints: ['suelo', 'siembra', 'nutri', 'plaga', 'rendimiento'],
      },
      'pt-BR': {
        text: 'Me conte sobre uma safra ou cultura que você manejou. Quais decisões mais pesaram na produtividade?',
        keyPoints: ['solo', 'plantio', 'nutri', 'praga', 'produtividade'],
      },
    }),
    q('agri-problem', 'problem_solving', {
      en: {
        text: 'A field shows patchy, yellowing plants mid-season. How do you find out what is wrong?',
        keyPoints: ['sample', 'soil', 'nutrient', 'disease', 'water'],
      },
      es: {
        text: 'A mitad de temporada un lote muestra plantas amarillas en manchas. ¿Cómo averiguas qué pasa?',
        keyPoints: ['muestra', 'suelo', 'nutriente', 'enfermedad', 'agua'],
      },
      'pt-BR': {
        text: 'No meio da safra, um talhão mostra plantas amareladas em reboleiras. Como você descobre o problema?',
        keyPoints: ['amostra', 'solo', 'nutriente', 'doenca', 'agua'],
      },
    }),
    q('agri-producer', 'communication', {
      en: {
        text: 'How do you convince a traditional producer to try a new practice?',
        keyPoints: ['trust', 'trial', 'data', 'cost', 'visit'],
      },
      es: {
        text: '¿Cómo convences a un productor tradicional de probar una práctica nueva?',
        keyPoints: ['confianza', 'ensayo', 'datos', 'costo', 'visita'],
      },
      'pt-BR': {
        text: 'Como você convence um produtor tradicional a testar uma prática nova?',
        keyPoints: ['confianca', 'teste', 'dados', 'custo', 'visita'],
      },
    }),
  ],
  physics: [
    q('phys-research', 'technical_depth', {
      en: {
        text: 'Describe an experiment or model from your research. What question did it answer and how did you control for error?',
        keyPoints: ['hypothes', 'measure', 'uncertaint', 'calibrat', 'result'],
      },
      es: {
        text: 'Describe un experimento o modelo de tu investigación. ¿Qué pregunta respondía y cómo controlaste el error?',
        keyPoints: ['hipotesis', 'medic', 'incertidumbre', 'calibr', 'resultado'],
      },
      'pt-BR': {
        text: 'Descreva um experimento ou modelo da sua pesquisa. Que pergunta ele respondia e como você controlou o erro?',
        keyPoints: ['hipotese', 'medi', 'incerteza', 'calibr', 'resultado'],
      },
    }),
    q('phys-anomaly', 'problem_solving', {
      en: {
        text: 'Your measurement disagrees with theory by three sigma. What do you do next?',
        keyPoints: ['systematic', 'repeat', 'check', 'noise', 'model'],
      },
      es: {
        text: 'Tu medición difiere de la teoría en tres sigmas. ¿Qué haces a continuación?',
        keyPoints: ['sistematic', 'repet', 'verific', 'ruido', 'modelo'],
      },
      'pt-BR': {
        text: 'Sua medição difere da teoria em três sigmas. O que você faz em seguida?',
        keyPoints: ['sistematic', 'repet', 'verific', 'ruido', 'modelo'],
      },
    }),
    q('phys-explain', 'communication', {
      en: {
        text: 'Explain a concept from your work to someone without a physics background.',
        keyPoints: ['analog', 'example', 'simple', 'why', 'application'],
      },
      es: {
        text: 'Explica un concepto de tu trabajo a alguien sin formación en física.',
        keyPoints: ['analog', 'ejemplo', 'sencill', 'por que', 'aplicacion'],
      },
      'pt-BR': {
        text: 'Explique um conceito do seu trabalho para alguém sem formação em física.',
        keyPoints: ['analog', 'exemplo', 'simples', 'por que', 'aplicacao'],
      },
    }),
  ],
  general: [
    q('gen-responsibility', 'technical_depth', {
      en: {
        text: 'What are the main responsibilities you had in your last role, and which one are you proudest of doing well?',
        keyPoints: ['responsib', 'result', 'process', 'improv', 'team'],
      },
      es: {
        text: '¿Cuáles eran tus principales responsabilidades en tu último puesto, y de cuál te sientes más orgulloso?',
        keyPoints: ['responsab', 'resultado', 'proceso', 'mejor', 'equipo'],
      },
      'pt-BR': {
        text: 'Quais eram suas principais responsabilidades no último emprego, e de qual você mais se orgulha?',
        keyPoints: ['responsab', 'resultado', 'processo', 'melhor', 'equipe'],
      },
    }),
    q('gen-priorities', 'problem_solving', {
      en: {
        text: 'You have three urgent requests and time for one. How do you decide?',
        keyPoints: ['priorit', 'impact', 'deadline', 'communicat', 'ask'],
      },
      es: {
        text: 'Tienes tres pedidos urgentes y tiempo para uno. ¿Cómo decides?',
        keyPoints: ['prioriz', 'impacto', 'plazo', 'comunic', 'pregunt'],
      },
      'pt-BR': {
        text: 'Você tem três pedidos urgentes e tempo para um. Como decide?',
        keyPoints: ['prioriz', 'impacto', 'prazo', 'comunic', 'pergunt'],
      },
    }),
    q('gen-customer', 'communication', {
      en: {
        text: 'Tell me about a time you dealt with an unhappy customer or colleague. What did you say?',
        keyPoints: ['listen', 'apolog', 'solution', 'follow', 'calm'],
      },
      es: {
        text: 'Cuéntame de una vez que atendiste a un cliente o colega molesto. ¿Qué le dijiste?',
        keyPoints: ['escuch', 'disculp', 'solucion', 'seguimiento', 'calma'],
      },
      'pt-BR': {
        text: 'Me conte sobre uma vez em que você lidou com um cliente ou colega insatisfeito. O que você disse?',
        keyPoints: ['ouv', 'desculp', 'solucao', 'acompanh', 'calma'],
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
    keyPoints: entry.text[language].keyPoints,
  }));
}
