import { checkoutCurrencies, type CheckoutCurrency } from './credit-packages.ts';

/**
 * A market is the currency a visitor is priced in. Each is one country's, so a browser's
 * region (`es-AR`, `pt-BR`) names it; a Mercado Pago account takes only its own country's.
 */
export const marketRegions: Record<CheckoutCurrency, string> = {
  BRL: 'BR',
  ARS: 'AR',
  MXN: 'MX',
  CLP: 'CL',
  COP: 'CO',
  PEN: 'PE',
  UYU: 'UY',
};

/** The market of a region (ISO 3166 alpha-2, any case), or undefined when we sell in none there. */
export function marketOfRegion(region: string): CheckoutCurrency | undefined {
  const upper = region.toUpperCase();
  return checkoutCurrencies.find((currency) => marketRegions[currency] === upper);
}
