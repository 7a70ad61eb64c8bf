import { languages } from '@voxly/config';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../src/i18n/i18n.ts';

// Portuguese's plural rule files 0 under "one" ("0 crédito"); each count a user can see at 0
// has its own zero form, so no language shows a singular noun beside a zero.
const zeroCredits = { en: '0 credits', es: '0 créditos', 'pt-BR': '0 créditos' } as const;

describe('counts of zero read naturally', () => {
  it.each(languages)('%s: the header’s balance and the dashboard’s unchanged score', async (language) => {
    await loadLanguage(language);
    const t = i18next.getFixedT(language);
    expect(t('common.credits', { count: 0 })).toBe(zeroCredits[language]);
    expect(t('common.credits', { count: 2 })).toBe(zeroCredits[language].replace('0', '2'));
    const unchanged = t('dashboard.change', { count: 0, sign: '+' });
    expect(unchanged).not.toMatch(/\d/);
    expect(unchanged).not.toBe(t('dashboard.change', { count: 1, sign: '+' }));
  });
});
