import type { Language } from '@voxly/config';
import type { FieldId } from '../fields.ts';
import type { RequiredCredential } from './licensed-role.ts';

/** Field names as a candidate reads them in each interview language. */
export const localFieldNames: Record<Language, Record<FieldId, string>> = {
  en: {
    engineering: 'engineering',
    ai_ml: 'AI and data science',
    marketing: 'marketing',
    sales: 'sales',
    finance: 'finance',
    healthcare: 'healthcare',
    design: 'design',
    agriculture: 'agriculture',
    physics: 'physics',
    general: 'this kind of work',
  },
  es: {
    engineering: 'ingeniería',
    ai_ml: 'inteligencia artificial y ciencia de datos',
    marketing: 'marketing',
    sales: 'ventas',
    finance: 'finanzas',
    healthcare: 'salud',
    design: 'diseño',
    agriculture: 'agricultura',
    physics: 'física',
    general: 'este tipo de trabajo',
  },
  'pt-BR': {
    engineering: 'engenharia',
    ai_ml: 'inteligência artificial e ciência de dados',
    marketing: 'marketing',
    sales: 'vendas',
    finance: 'finanças',
    healthcare: 'saúde',
    design: 'design',
    agriculture: 'agricultura',
    physics: 'física',
    general: 'este tipo de trabalho',
  },
};

interface FitReasons {
  open: () => string;
  tooLittle: () => string;
  unclear: () => string;
  /** A career changer trained in what the job does. */
  trained: () => string;
  shown: (field: string, terms: string) => string;
  adjacent: (field: string, jobField: string) => string;
  missing: (field: string, terms: string) => string;
  denied: (field: string, terms: string) => string;
  /** A licensed trade the candidate has neither done nor holds the credential for, named as the posting asks for it. */
  trade: (title: string, credential: RequiredCredential) => string;
}

/** One sentence per verdict, true to what the check saw, in the interview's language. */
export const fitReasons: Record<Language, FitReasons> = {
  en: {
    open: () => 'The role is open to many backgrounds, so the interview goes on.',
    tooLittle: () => 'There is too little in the resume and answers to judge fit, so the interview goes on.',
    unclear: () => 'The background is not clearly outside the role, so the interview goes on.',
    trained: () => 'The resume shows training in what the role does, so the interview goes on.',
    shown: (field, terms) => `The resume and answers show experience in ${field}${terms ? ` (${terms})` : ''}.`,
    adjacent: (field, jobField) => `The background in ${field} is close enough to ${jobField} to continue.`,
    missing: (field, terms) => `The role needs a background in ${field} (${terms}), and the resume and answers show none of it.`,
    denied: (field, terms) => `The role needs a background in ${field} (${terms}), and the candidate said they do not have it.`,
    trade: (title, credential) =>
      `The role of ${title} requires ${{ degree: 'a degree in the field', licence: 'a licence or certificate for the trade', degree_or_licence: 'a degree or a licence for the trade' }[credential]}, and the resume and answers show neither the trade nor the ${credential === 'degree' ? 'degree' : 'credential'}.`,
  },
  es: {
    open: () => 'El puesto está abierto a muchos perfiles, así que la entrevista continúa.',
    tooLittle: () => 'El currículum y las respuestas dicen demasiado poco para juzgar, así que la entrevista continúa.',
    unclear: () => 'El perfil no queda claramente fuera del puesto, así que la entrevista continúa.',
    trained: () => 'El currículum muestra formación en lo que hace el puesto, así que la entrevista continúa.',
    shown: (field, terms) => `El currículum y las respuestas muestran experiencia en ${field}${terms ? ` (${terms})` : ''}.`,
    adjacent: (field, jobField) => `La experiencia en ${field} es lo bastante cercana a ${jobField} para continuar.`,
    missing: (field, terms) =>
      `El puesto exige formación en ${field} (${terms}) y el currículum y las respuestas no muestran nada de ello.`,
    denied: (field, terms) => `El puesto exige formación en ${field} (${terms}) y la persona candidata dijo que no la tiene.`,
    trade: (title, credential) =>
      `El puesto de ${title} exige ${{ degree: 'un título en el área', licence: 'una licencia o certificación del oficio', degree_or_licence: 'un título o una licencia del oficio' }[credential]}, y ni el currículum ni las respuestas muestran el oficio ni ${credential === 'degree' ? 'el título' : 'la credencial'}.`,
  },
  'pt-BR': {
    open: () => 'A vaga está aberta a muitos perfis, então a entrevista continua.',
    tooLittle: () => 'O currículo e as respostas dizem pouco demais para julgar, então a entrevista continua.',
    unclear: () => 'O perfil não está claramente fora da vaga, então a entrevista continua.',
    trained: () => 'O currículo mostra formação no que a vaga faz, então a entrevista continua.',
    shown: (field, terms) => `O currículo e as respostas mostram experiência em ${field}${terms ? ` (${terms})` : ''}.`,
    adjacent: (field, jobField) => `A experiência em ${field} é próxima o bastante de ${jobField} para continuar.`,
    missing: (field, terms) => `A vaga exige formação em ${field} (${terms}), e o currículo e as respostas não mostram nada disso.`,
    denied: (field, terms) => `A vaga exige formação em ${field} (${terms}), e a pessoa candidata disse que não a tem.`,
    trade: (title, credential) =>
      `A vaga de ${title} exige ${{ degree: 'formação superior na área', licence: 'registro ou certificação da profissão', degree_or_licence: 'formação ou registro da profissão' }[credential]}, e nem o currículo nem as respostas mostram a profissão ou ${credential === 'degree' ? 'a formação' : 'a credencial'}.`,
  },
};
