import type { enWeakSpots } from './en-weak-spots.ts';

/** "Concentrarme en lo que me costó la última vez": la opción del formulario, el cambio en el informe y el siguiente paso, es. */
export const esWeakSpots: typeof enWeakSpots = {
  weakSpots: {
    label: 'Concentrarme en lo que me costó la última vez',
    hint: 'La entrevista empieza por «{{competency}}», tu nota más baja en la última evaluación, y vuelve al tipo de pregunta que más te costó.',
    heading: 'Desde tu última entrevista',
    change: '{{competency}} {{before}} → {{after}} desde tu última entrevista',
    notRatedNow: '{{competency}} {{before}} → sin nota esta vez',
    focusedOn: 'Esta entrevista se concentró en lo que te costó la última vez.',
    startFocused: 'Empezar una entrevista centrada en eso',
    reader: {
      heading: 'Desde la última entrevista de la persona entrevistada',
      change: '{{competency}} {{before}} → {{after}} desde la última entrevista',
      focusedOn: 'Esta entrevista se concentró en lo que a la persona entrevistada le costó la última vez.',
    },
  },
};
