/** Currencies Mercado Pago's Checkout Pro settles in. */
export const checkoutCurrencies = ['BRL', 'ARS', 'MXN', 'CLP', 'COP', 'PEN', 'UYU'] as const;
export type CheckoutCurrency = (typeof checkoutCurrencies)[number];

export const creditPackageIds = ['starter', 'intermediate', 'professional'] as const;
export type CreditPackageId = (typeof creditPackageIds)[number];

export interface CreditPackage {
  id: CreditPackageId;
  name: string;
  credits: number;
  /** Price in the currency's major unit (what Mercado Pago calls unit_price). */
  price: number;
  currency: CheckoutCurrency;
}

const credits: Record<CreditPackageId, number> = { starter: 3, intermediate: 10, professional: 25 };
const names: Record<CreditPackageId, string> = {
  starter: 'Starter',
  intermediate: 'Intermediate',
  professional: 'Professional',
};

/** Prices per currency, set by hand so each one is a round local price, not a conversion. */
const prices: Record<CheckoutCurrency, Record<CreditPackageId, number>> = {
  BRL: { starter: 29.9, intermediate: 79.9, professional: 169.9 },
  ARS: { starter: 9_900, intermediate: 26_900, professional: 56_900 },
  MXN: { starter: 119, intermediate: 319, professional: 679 },
  CLP: { starter: 5_990, intermediate: 15_990, professional: 33_990 },
  COP: { starter: 24_900, intermediate: 66_900, professional: 139_900 },
  PEN: { starter: 22.9, intermediate: 59.9, professional: 129.9 },
  UYU: { starter: 249, intermediate: 669, professional: 1_399 },
};

export const defaultCheckoutCurrency: CheckoutCurrency = 'BRL';

/** The catalog in one currency. Prices always come from here, never from a client. */
export function creditPackagesFor(currency: CheckoutCurrency = defaultCheckoutCurrency): CreditPackage[] {
  return creditPackageIds.map((id) => ({
    id,
    name: names[id],
    credits: credits[id],
    price: prices[currency][id],
    currency,
  }));
}

export function findCreditPackage(id: CreditPackageId, currency: CheckoutCurrency): CreditPackage {
  return { id, name: names[id], credits: credits[id], price: prices[currency][id], currency };
}

/**
 * A price as the locale writes money, the one place prices are formatted (pricing page,
 * sandbox checkout). Thousands are always grouped: Spanish's default (CLDR's minimum grouping
 * digits of 2) leaves 4-digit amounts bare, so "9900,00 ARS" stood beside "26.900,00 ARS".
 */
export function formatPrice(pkg: Pick<CreditPackage, 'price' | 'currency'>, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: pkg.currency, useGrouping: 'always' }).format(pkg.price);
}
