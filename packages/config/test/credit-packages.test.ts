import { describe, expect, it } from 'vitest';
import { checkoutCurrencies, creditPackagesFor, findCreditPackage, formatPrice } from '../src/credit-packages.ts';

describe('credit packages', () => {
  it('offers Starter, Intermediate and Professional with growing value', () => {
    for (const currency of checkoutCurrencies) {
      const [starter, intermediate, professional] = creditPackagesFor(currency);
      expect([starter?.name, intermediate?.name, professional?.name]).toEqual(['Starter', 'Intermediate', 'Professional']);
      const perCredit = [starter!, intermediate!, professional!].map((p) => p.price / p.credits);
      // a bigger package never costs more per credit
      expect(perCredit[1]).toBeLessThan(perCredit[0]!);
      expect(perCredit[2]).toBeLessThan(perCredit[1]!);
    }
  });

  it('finds a package by id in a currency', () => {
    expect(findCreditPackage('intermediate', 'MXN')).toEqual({
      id: 'intermediate',
      name: 'Intermediate',
      credits: 10,
      price: 319,
      currency: 'MXN',
    });
  });

  it('formats prices for the user locale', () => {
    const pkg = findCreditPackage('starter', 'BRL');
    expect(formatPrice(pkg, 'pt-BR')).toBe('R$\u00a029,90');
    expect(formatPrice(pkg, 'en')).toBe('R$29.90');
  });

  it('groups thousands the same way for 4- and 5-digit prices in every UI language', () => {
    const [starter, intermediate] = creditPackagesFor('ARS'); // 9,900 and 26,900
    expect(formatPrice(starter!, 'es')).toBe('9.900,00\u00a0ARS');
    expect(formatPrice(intermediate!, 'es')).toBe('26.900,00\u00a0ARS');
    expect(formatPrice(starter!, 'pt-BR')).toBe('ARS\u00a09.900,00');
    expect(formatPrice(starter!, 'en')).toBe('ARS\u00a09,900.00');
    // Every catalog price of 1,000 or more carries its locale's group separator.
    for (const locale of ['en', 'es', 'pt-BR', 'es-AR', 'es-ES']) {
      const group = new Intl.NumberFormat(locale).formatToParts(12_345).find((p) => p.type === 'group')!.value;
      for (const currency of checkoutCurrencies) {
        for (const pkg of creditPackagesFor(currency).filter((p) => p.price >= 1_000)) {
          expect(formatPrice(pkg, locale), `${pkg.price} ${currency} in ${locale}`).toContain(group);
        }
      }
    }
  });
});
