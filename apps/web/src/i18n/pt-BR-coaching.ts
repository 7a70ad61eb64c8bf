import type { Messages } from './en.ts';

/** Real ou com dicas: o formulário, a sala, o relatório e o histórico, pt-BR. */
export const ptBRCoaching: Pick<Messages, 'mode'> = {
  mode: {
    label: 'Modo',
    options: { real: 'Entrevista real', coached: 'Prática com dicas' },
    hints: {
      real: 'Como seria de verdade: sem ajuda durante a entrevista, avisos de tempo perto do fim; conta no seu progresso.',
      coached:
        'Depois de cada resposta você ouve uma dica curta antes da próxima pergunta, sem avisos de tempo; não conta no seu progresso.',
    },
    summary: { real: 'Real', coached: 'Com dicas' },
    reportNote: 'Sessão com dicas: cada resposta recebeu uma dica, então este relatório não conta no seu progresso.',
    readerNote: 'Sessão com dicas: a pessoa candidata ouviu uma dica depois de cada resposta.',
    trendNote: 'Sessões com dicas são prática e ficam fora deste gráfico.',
  },
};
