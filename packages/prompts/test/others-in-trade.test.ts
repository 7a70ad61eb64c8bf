import { describe, expect, it } from 'vitest';
import { stemWord } from '../src/field-detection/stem-word.ts';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { withoutOthersInTrade } from '../src/fit-check/others-in-trade.ts';
import { foldText, tokenize } from '../src/fold-text.ts';

const tokens = (text: string) => tokenize(foldText(text));

describe('withoutOthersInTrade', () => {
  it('drops the trade named as other people: in the plural, or after "with the", "com o", "del"', () => {
    const lawyer = [stemWord('abogado', 'es')];
    expect(withoutOthersInTrade(tokens('llevo muchos abogados en el auto'), lawyer, 'es')).not.toContain('abogados');
    expect(withoutOthersInTrade(tokens('seguí el juicio con el abogado'), lawyer, 'es')).not.toContain('abogado');
    const advogado = [stemWord('advogado', 'pt')];
    expect(withoutOthersInTrade(tokens('acompanhei tudo de perto com o advogado'), advogado, 'pt')).not.toContain('advogado');
    const nurse = [stemWord('nurse', 'en')];
    expect(withoutOthersInTrade(tokens('I drove nurses to the night shift'), nurse, 'en')).not.toContain('nurses');
  });

  it('keeps the trade said as one’s own: "soy abogado", "sou o advogado", "worked as a nurse"', () => {
    expect(withoutOthersInTrade(tokens('soy abogado laboralista'), [stemWord('abogado', 'es')], 'es')).toContain('abogado');
    expect(withoutOthersInTrade(tokens('sou o advogado da empresa'), [stemWord('advogado', 'pt')], 'pt')).toContain('advogado');
    expect(withoutOthersInTrade(tokens('worked as a nurse for six years'), [stemWord('nurse', 'en')], 'en')).toContain('nurse');
  });
});

describe('a licensed trade the candidate only met', () => {
  const job = {
    jobTitle: 'Abogado/a Laboral',
    jobDescription:
      'Estudio jurídico en Rosario busca abogado/a laboral.\nTareas: demandas, contestaciones y audiencias.\n\nRequisitos excluyentes:\n- Título de abogado/a\n- Matrícula vigente en el Colegio de Abogados de Rosario',
    language: 'es' as const,
  };

  it('ends a driver who met lawyers, and keeps a lawyer who works with other lawyers', () => {
    const driver = checkFit({
      ...job,
      resumeText:
        'Hernán Díaz\nRosario\n\nEXPERIENCIA\nChofer de taxi - Radio Taxi Rosario (2012 - actualidad)\n- Viajes al centro y a tribunales\nRepartidor - Pedidos Ya (2010 - 2012)\n\nSecundario completo',
      answers: [
        'hola soy hernán, manejo un taxi hace doce años',
        'llevo muchos abogados a tribunales y charlo con ellos, además tuve un juicio y lo seguí con el abogado',
      ],
    });
    expect(driver.fits).toBe(false);
    const lawyer = checkFit({
      ...job,
      resumeText:
        'Hernán Díaz\nRosario\n\nEXPERIENCIA\nAbogado - Estudio Paz & Asociados (2016 - actualidad)\n- Demandas laborales y audiencias\n\nFORMACIÓN\nAbogado, Universidad Nacional de Rosario (2015)\nMatrícula del Colegio de Abogados de Rosario',
      answers: ['hola soy hernán, soy abogado y trabajo con otros abogados en un estudio laboral'],
    });
    expect(lawyer.fits).toBe(true);
  });
});
