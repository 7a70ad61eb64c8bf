import type { FieldId } from '../fields.ts';
import { q, type BankEntry } from './bank-entry.ts';

/** The own questions of the fields whose depth is technical or scientific. */
export const technicalFieldQuestions: Record<
  Extract<FieldId, 'engineering' | 'ai_ml' | 'design' | 'agriculture' | 'physics'>,
  BankEntry[]
> = {
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
};
