import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { ptBR } from '../../src/i18n/pt-BR.ts';

/** Every UI language with its dictionary: a user-facing change is driven in each. */
export const languages = [
  ['en', en],
  ['es', es],
  ['pt-BR', ptBR],
] as const;

/** A phone and a desktop: the two sizes every user-facing change is looked at. */
export const viewports = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;
