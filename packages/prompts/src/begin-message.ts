import type { Language } from '@voxly/config';
import type { BankQuestion } from './question-bank.ts';

export interface BeginMessageInput {
  candidateName: string;
  jobTitle: string;
  language: Language;
  /** The session's length (absent: the default 15 minutes). */
  lengthMinutes?: number;
}

/** The first name is what an interviewer would say aloud; the rest of the name stays on file. */
function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName.trim();
}

/** The first question, asked in the greeting; the feedback reviews it like a bank question. */
const opening: Record<Language, { text: string }> = {
  en: {
    text: 'could you tell me a little about yourself and what draws you to this position?',
  },
  es: {
    text: '¿podrías contarme un poco sobre ti y qué te atrae de este puesto?',
  },
  'pt-BR': {
    text: 'você pode me contar um pouco sobre você e o que te atrai nesta vaga?',
  },
};

export function openingQuestion(language: Language): BankQuestion {
  return { id: 'opening', competency: 'role_fit', ...opening[language] };
}

/** The session lengths as they are said aloud. */
const minutesSaid: Record<Language, Record<number, string>> = {
  en: { 5: 'five', 10: 'ten', 15: 'fifteen' },
  es: { 5: 'cinco', 10: 'diez', 15: 'quince' },
  'pt-BR': { 5: 'cinco', 10: 'dez', 15: 'quinze' },
};

const templates: Record<Language, (name: string, job: string, minutes: string) => string> = {
  en: (name, job, minutes) =>
    `Hi ${name}, thanks for joining. I'm your interviewer today for the ${job} role. ` +
    `We have about ${minutes} minutes. To start, ${opening.en.text}`,
  es: (name, job, minutes) =>
    `Hola ${name}, gracias por estar aquí. Hoy seré tu entrevistador para el puesto de ${job}. ` +
    `Tenemos unos ${minutes} minutos. Para empezar, ${opening.es.text}`,
  'pt-BR': (name, job, minutes) =>
    `Olá ${name}, obrigado por participar. Hoje serei seu entrevistador para a vaga de ${job}. ` +
    `Temos cerca de ${minutes} minutos. Para começar, ${opening['pt-BR'].text}`,
};

/**
 * The interviewer's opening line (Retell's begin message, response_id 0): greets the
 * candidate by first name, names the role and the time box, and asks the first question.
 * Spoken text: no markup.
 */
export function beginMessage({ candidateName, jobTitle, language, lengthMinutes = 15 }: BeginMessageInput): string {
  const job = jobTitle.replace(/\s+/g, ' ').trim();
  return templates[language](firstName(candidateName), job, minutesSaid[language][lengthMinutes] ?? String(lengthMinutes));
}
