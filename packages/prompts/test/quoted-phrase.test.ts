import { describe, expect, it } from 'vitest';
import { quotedPhrase } from '../src/listening/quoted-phrase.ts';

const unknown = () => false;

describe('quotedPhrase: the stretch of a thin answer a follow-up can say back', () => {
  it("quotes a procedure told in the present, in the candidate's words, in every language", () => {
    expect(
      quotedPhrase('So I check the oil level, then the hydraulic hoses before every shift.', 'en', 'How do you start a shift?', unknown),
    ).toBe('the hydraulic hoses before every shift');
    expect(
      quotedPhrase('pues reviso la alarma en el panel y de ahí busco la falla', 'es', '¿Qué hace cuando se para la línea?', unknown),
    ).toBe('reviso la alarma en el panel');
    expect(
      quotedPhrase(
        'bah, anoto a divergência na nota e aviso o comprador na hora',
        'pt-BR',
        'O que você faz quando a carga chega errada?',
        unknown,
      ),
    ).toBe('anoto a divergência na nota');
  });

  it('keeps two things joined by "and" together: a clause turns on a conjunction, not a list', () => {
    expect(quotedPhrase('I check the forks and the hydraulic oil before every shift.', 'en', 'Tell me about yourself.', unknown)).toBe(
      'I check the forks and the hydraulic oil before every shift',
    );
    expect(quotedPhrase('reviso las horquillas y el aceite hidráulico antes de cada turno', 'es', 'Háblame de ti.', unknown)).toBe(
      'reviso las horquillas y el aceite hidráulico antes de cada turno',
    );
    expect(quotedPhrase('confiro os garfos e o óleo hidráulico antes de cada turno', 'pt-BR', 'Fale de você.', unknown)).toBe(
      'confiro os garfos e o óleo hidráulico antes de cada turno',
    );
  });

  it('takes off the fillers at the edges: "sí", "pues", "né" are no part of the quote', () => {
    expect(
      quotedPhrase('sí, a una señora que tenía una bodega le ajusté el crédito', 'es', '¿Cómo maneja un cliente difícil?', unknown),
    ).toBe('a una señora que tenía una bodega le ajusté el crédito');
  });

  it("never quotes a stretch full of fillers, cut off, or only the question's own words", () => {
    expect(
      quotedPhrase('então é assim né tipo aí né a gente vê né e aí tipo sabe', 'pt-BR', 'Como você lida com erros?', unknown),
    ).toBeUndefined();
    expect(
      quotedPhrase('um so like the customer, you know, kind of stuff', 'en', 'How do you handle an angry customer?', unknown),
    ).toBeUndefined();
    // Only the question said back: nothing of the candidate's own to pick up.
    expect(quotedPhrase('handle an angry customer calmly', 'en', 'How do you handle an angry customer calmly?', unknown)).toBeUndefined();
  });

  it('never quotes a question put back to the interviewer, nor the chat of an answer that chats', () => {
    expect(
      quotedPhrase(
        'Is the position at the Paulista office or the Barueri warehouse?',
        'en',
        'Tell me about a deadline you missed.',
        unknown,
      ),
    ).toBeUndefined();
    expect(
      quotedPhrase(
        'oiga y ustedes están contratando también en la sede de barranquilla porque mi esposa es de allá',
        'es',
        '¿Cómo organiza sus entregas del día?',
        unknown,
      ),
    ).toBeUndefined();
    // The same answer's work is still worth quoting once the chat is set aside.
    expect(
      quotedPhrase(
        'oiga, mi esposa es de allá. Yo organizo las rutas por zona con el supervisor',
        'es',
        '¿Cómo organiza sus entregas del día?',
        unknown,
      ),
    ).toBe('Yo organizo las rutas por zona con el supervisor');
  });

  it('prefers the stretch with a name or a figure in it', () => {
    expect(
      quotedPhrase(
        'I keep the shelves tidy and I reconcile the till against Square at close',
        'en',
        'What does a normal day look like?',
        unknown,
      ),
    ).toBe('I reconcile the till against Square at close');
  });
});
