import { checkoutCurrencies, defaultCheckoutCurrency, type CheckoutCurrency } from './credit-packages.ts';

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

/** The two settings that name the markets, as the environment schema reads them (the schema itself is server-only). */
interface MarketSettings {
  VOXLY_CURRENCY?: CheckoutCurrency | undefined;
  VOXLY_MARKETS?: CheckoutCurrency[] | undefined;
}

/** The default market: visitors no other market fits are priced in it. */
export const defaultMarketOf = (env: MarketSettings): CheckoutCurrency =>
  env.VOXLY_CURRENCY ?? env.VOXLY_MARKETS?.[0] ?? defaultCheckoutCurrency;

/** Every market a visitor may be priced in: VOXLY_MARKETS, else the default alone. */
export const marketsOf = (env: MarketSettings): CheckoutCurrency[] => env.VOXLY_MARKETS ?? [defaultMarketOf(env)];
