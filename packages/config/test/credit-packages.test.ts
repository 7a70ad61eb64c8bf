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
});
