import type { Language } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { spokenLines } from '../src/spoken-lines.ts';

/**
 * A must-have reaches the question as the posting words it: a tool, a method, a paper or a task,
 * with or without an article, singular or plural ("RF gun", "QGIS", "variable-rate prescriptions",
 * "CPA-eligible"). The question names it as an item of the posting, never glued in as the object
 * of a verb that wants an article or a number ("This role needs RF gun").
 */
const phrases: Record<Language, string[]> = {
  en: ['RF gun', 'QGIS', 'variable-rate prescriptions', 'CREA registration', 'CPA-eligible', 'OASIS-E assessments'],
  es: ['pistola RF', 'QGIS', 'prescripciones de dosis variable', 'Ingeniero Agrónomo', 'Licencia de conducir clase B'],
  'pt-BR': ['coletor RF', 'QGIS', 'prescrições em taxa variável', 'CREA ativo', 'CNH categoria B'],
};

/** The words that name an item of the posting (or set it off after a comma); anything else before it is a glued-in object. */
const naming: Record<Language, RegExp> = {
  en: /(?:\blists|\bnames|\bmentions?|\bcounts|\bdescribes|\bis|,)\s$/u,
  es: /(?:\bmenciona|\bmencionan|\bnombra|\bpone|\bcuenta|\bdescribe|\bes|,)\s$/u,
  'pt-BR': /(?:\bcita|\bmencionam|\blista|\bpõe|\bconta|\bdescreve|\sé|,)\s$/u,
};

const resumeWord: Record<Language, RegExp> = { en: /\bresume\b/u, es: /\bcurrículum\b/u, 'pt-BR': /\bcurrículo\b/u };

const kinds = ['tool', 'credential', 'task'] as const;

describe("must-have questions name the posting's words so any noun phrase reads", () => {
  for (const language of ['en', 'es', 'pt-BR'] as const) {
    it(`${language}: sets the phrase off as the posting's item, in every wording`, () => {
      const lines = spokenLines[language];
      for (const phrase of phrases[language])
        for (const kind of kinds)
          for (const onResume of [true, false])
            for (const variant of [0, 1, 2]) {
              const line = lines.askAbout(phrase, kind, onResume, variant);
              // A credential may gain an article ("a CREA registration"); the phrase itself is there once.
              const at = line.indexOf(phrase);
              expect(at, line).toBeGreaterThan(0);
              const before = line.slice(0, at).replace(/\b(a|an)\s$/u, '');
              expect(before, `${language}/${kind}/${onResume}/${variant}: ${line}`).toMatch(naming[language]);
              expect(line.slice(at + phrase.length), line).toMatch(/^(,|:| as | among | entre | como | na lista| en la lista)/u);
            }
    });

    it(`${language}: names the requirement the same way in the story and the disagreement asked about it`, () => {
      const lines = spokenLines[language];
      for (const phrase of phrases[language]) {
        const said = [lines.storyAbout(phrase, true), lines.storyAbout(phrase, false), lines.disagreementAbout(phrase)];
        for (const line of said) {
          const at = line.indexOf(phrase);
          expect(line.slice(0, at), line).toMatch(naming[language]);
          expect(line.slice(at + phrase.length), line).toMatch(/^[.,:]/u);
        }
        expect(resumeWord[language].test(said[0]!)).toBe(true);
        expect(resumeWord[language].test(said[1]!)).toBe(false);
      }
    });

    it(`${language}: keeps the resume variant and the no-claim variant apart, and no wording twice`, () => {
      const lines = spokenLines[language];
      const all = kinds.flatMap((kind) =>
        [true, false].flatMap((onResume) =>
          [0, 1, 2].map((variant) => ({ onResume, line: lines.askAbout('QGIS', kind, onResume, variant) })),
        ),
      );
      for (const { onResume, line } of all) expect(resumeWord[language].test(line), line).toBe(onResume);
      const distinct = new Set(all.map((a) => a.line));
      // Three wordings for a tool or a task, two for a credential, each way: sixteen, each opening its own way.
      expect(distinct.size).toBe(16);
      const leads = new Set([...distinct].map((line) => line.slice(0, line.indexOf('QGIS'))));
      expect(leads.size, [...leads].join('\n')).toBe(distinct.size);
    });
  }
});
