import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18next, i18nReady } from '../src/i18n/i18n.ts';

// Component tests read the English text; the language detector would otherwise follow jsdom.
beforeAll(async () => {
  await i18nReady;
  await i18next.changeLanguage('en');
});
afterEach(() => cleanup());
