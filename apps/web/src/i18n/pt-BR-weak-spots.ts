import type { enWeakSpots } from './en-weak-spots.ts';

/** "Focar no que foi difícil da última vez": a opção do formulário, a mudança no relatório e o próximo passo, pt-BR. */
export const ptBRWeakSpots: typeof enWeakSpots = {
  weakSpots: {
    label: 'Focar no que foi difícil da última vez',
    hint: 'A entrevista começa por “{{competency}}”, sua nota mais baixa na última avaliação, e volta ao tipo de pergunta que foi mais difícil.',
    heading: 'Desde a sua última entrevista',
    change: '{{competency}} {{before}} → {{after}} desde a sua última entrevista',
    notRatedNow: '{{competency}} {{before}} → sem nota desta vez',
    focusedOn: 'Esta entrevista focou no que foi difícil da última vez.',
    startFocused: 'Começar uma entrevista focada nisso',
    reader: {
      heading: 'Desde a última entrevista da pessoa entrevistada',
      change: '{{competency}} {{before}} → {{after}} desde a última entrevista',
      focusedOn: 'Esta entrevista focou no que foi difícil para a pessoa entrevistada da última vez.',
    },
  },
};
