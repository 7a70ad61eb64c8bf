import type { Messages } from './en.ts';

/** What is recorded of an interview and where it stays (room and report): pt-BR. */
export const ptBRRecording: Pick<Messages, 'recording'> = {
  recording: {
    roomNoticeShort: 'Gravando só neste dispositivo',
    roomStartingShort: 'Pedindo o microfone…',
    roomOffShort: 'Gravação desligada',
    roomUnavailableShort: 'Sem gravação (sem acesso ao microfone)',
    roomRetellShort: 'A Retell grava a chamada para seu relatório',
    more: 'Mais',
    toggle: 'Gravar neste dispositivo',
    roomNotice:
      'Seu microfone está sendo gravado somente neste navegador, para você ouvir suas respostas de novo no seu relatório neste dispositivo. A gravação nunca é enviada; ela é apagada depois de 30 dias ou quando você esquecer esta entrevista.',
    roomStarting: 'Pedindo o microfone para gravar suas respostas neste navegador…',
    roomOff: 'A gravação está desligada: nada da sua voz é guardado.',
    roomUnavailable:
      'Suas respostas não estão sendo gravadas: este navegador não consegue gravar o microfone aqui. A entrevista continua normalmente.',
    roomRetell:
      'Esta chamada é gravada pela Retell, nosso provedor de voz, para você ouvir suas respostas de novo no seu relatório. Só você pode reproduzi-la: um relatório compartilhado nunca inclui a gravação.',
    title: 'Suas respostas gravadas',
    deviceNote:
      'Suas respostas foram gravadas neste navegador e só podem ser ouvidas neste dispositivo: toque em “Ouvir sua resposta” abaixo de uma resposta. Nada foi enviado. A gravação será apagada em {{date}}.',
    providerNote:
      'Toque em “Ouvir sua resposta” abaixo de uma resposta para ouvi-la. A gravação da chamada é da Retell; só você pode reproduzi-la, e um relatório compartilhado nunca a inclui.',
    play: 'Ouvir sua resposta',
    stop: 'Parar',
    forget: 'Esquecer esta entrevista neste dispositivo',
    forgetFailed: 'Não foi possível apagar a gravação. Tente de novo.',
    forgotten: 'A gravação desta entrevista foi apagada deste dispositivo.',
  },
};
