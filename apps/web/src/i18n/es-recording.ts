import type { Messages } from './en.ts';

/** What is recorded of an interview and where it stays (room and report): es. */
export const esRecording: Pick<Messages, 'recording'> = {
  recording: {
    roomNoticeShort: 'Grabando solo en este dispositivo',
    roomStartingShort: 'Pidiendo el micrófono…',
    roomOffShort: 'Grabación desactivada',
    roomUnavailableShort: 'Sin grabación (sin acceso al micrófono)',
    roomRetellShort: 'Retell graba la llamada para tu informe',
    more: 'Más',
    toggle: 'Grabar en este dispositivo',
    roomNotice:
      'Tu micrófono se está grabando solo en este navegador, para que puedas volver a escuchar tus respuestas en tu informe en este dispositivo. La grabación nunca se sube; se borra a los 30 días o cuando olvides esta entrevista.',
    roomStarting: 'Pidiendo el micrófono para grabar tus respuestas en este navegador…',
    roomOff: 'La grabación está desactivada: no se guarda nada de tu voz.',
    roomUnavailable:
      'Tus respuestas no se están grabando: este navegador no puede grabar el micrófono aquí. La entrevista sigue con normalidad.',
    roomRetell:
      'Esta llamada la graba Retell, nuestro proveedor de voz, para que puedas volver a escuchar tus respuestas en tu informe. Solo tú puedes reproducirla: un informe compartido nunca incluye la grabación.',
    title: 'Tus respuestas grabadas',
    deviceNote:
      'Tus respuestas se grabaron en este navegador y solo se pueden escuchar en este dispositivo: pulsa «Escuchar tu respuesta» debajo de una respuesta. No se subió nada. La grabación se borra el {{date}}.',
    providerNote:
      'Pulsa «Escuchar tu respuesta» debajo de una respuesta para oírla. La grabación de la llamada es de Retell; solo tú puedes reproducirla y un informe compartido nunca la incluye.',
    play: 'Escuchar tu respuesta',
    stop: 'Detener',
    forget: 'Olvidar esta entrevista en este dispositivo',
    forgetFailed: 'No se pudo borrar la grabación. Inténtalo de nuevo.',
    forgotten: 'La grabación de esta entrevista se borró de este dispositivo.',
  },
};
