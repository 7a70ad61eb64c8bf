import type { Messages } from './en.ts';

/** A configuração da sessão (duração, tipo, nível): pt-BR. */
export const ptBRSession: Pick<Messages, 'session'> = {
  session: {
    legend: 'Sua sessão',
    length: 'Duração',
    lengthOption_one: '{{count}} minuto',
    lengthOption_other: '{{count}} minutos',
    lengthHint: 'Sessões mais curtas têm menos perguntas; cada entrevista custa um crédito, qualquer que seja a duração.',
    kind: 'Tipo de entrevista',
    kinds: { behavioural: 'Comportamental', technical: 'Técnica', mixed: 'Mista' },
    kindHints: {
      behavioural: 'Histórias do seu trabalho: a situação, o que você fez e como terminou.',
      technical: 'As habilidades, ferramentas e métodos que a vaga pede, e como você os usou.',
      mixed: 'Os dois: perguntas sobre o que a vaga pede e histórias do seu trabalho.',
    },
    seniority: 'Nível',
    seniorities: { junior: 'Júnior', mid: 'Pleno', senior: 'Sênior' },
    seniorityHints: {
      junior: 'Cursos, estágios e primeiros empregos contam; uma pergunta é sobre aprender rápido.',
      mid: 'Perguntas para quem já é dono do próprio trabalho.',
      senior: 'Mais sobre responsabilidade e decisões difíceis; uma pergunta é sobre liderar pessoas.',
    },
    summary: '{{minutes}} min · {{kind}} · {{seniority}}',
  },
};
