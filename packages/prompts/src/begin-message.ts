import type { Language } from '@voxly/config';

export interface BeginMessageInput {
  candidateName: string;
  jobTitle: string;
  language: Language;
}

/** The first name is what an interviewer would say aloud; the rest of the name stays on file. */
function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName.trim();
}

const templates: Record<Language, (name: string, job: string) => string> = {
  en: (name, job) =>
    `Hi ${name}, thanks for joining. I'm your interviewer today for the ${job} role. ` +
    `We have about fifteen minutes. To start, could you tell me a little about yourself and what draws you to this position?`,
  es: (name, job) =>
    `Hola ${name}, gracias por estar aquí. Hoy seré tu entrevistador para el puesto de ${job}. ` +
    `Tenemos unos quince minutos. Para empezar, ¿podrías contarme un poco sobre ti y qué te atrae de este puesto?`,
  'pt-BR': (name, job) =>
    `Olá ${name}, obrigado por participar. Hoje serei seu entrevistador para a vaga de ${job}. ` +
    `Temos cerca de quinze minutos. Para começar, você pode me contar um pouco sobre você e o que te atrai nesta vaga?`,
};

/**
 * The interviewer's opening line (Retell's begin message, response_id 0): greets the
 * candidate by first name, names the role and the time box, and asks the first question.
 * Spoken text: no markup.
 */
export function beginMessage({ candidateName, jobTitle, language }: BeginMessageInput): string {
  const job = jobTitle.replace(/\s+/g, ' ').trim();
  return templates[language](firstName(candidateName), job);
}
