import { marketOfRegion, type CheckoutCurrency } from '@voxly/config';

/** A market the client asked for that this server does not sell in (BAD_REQUEST; nothing changes). */
export class UnknownMarketError extends Error {
  constructor(readonly market: string) {
    super(`Prices are not offered in ${market}.`);
    this.name = 'UnknownMarketError';
  }
}

/** The markets this server sells in (VOXLY_MARKETS) and the one for visitors no other fits. */
export interface Markets {
  enabled: readonly CheckoutCurrency[];
  fallback: CheckoutCurrency;
}

/** What the request says about the visitor: its Accept-Language tags, best first. */
export interface VisitorHints {
  languages: readonly string[];
}

/**
 * The region a language tag names, or the one its language is most likely spoken in
 * (`pt` → BR, `es` → ES: CLDR's likely subtags, through Intl.Locale); none for a bad tag.
 */
function regionOf(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return locale.region ?? locale.maximize().region;
  } catch {
    return undefined; // `*` or a malformed tag: it names no region
  }
}

/**
 * The market a visitor is priced in: the one they asked for (it must be one we sell in),
 * else the one stored on their account, else the first of their languages whose region we
 * sell in, else the default.
 */
export function visitorMarket(
  markets: Markets,
  choice: { requested?: CheckoutCurrency | undefined; stored?: CheckoutCurrency | null | undefined; hints?: VisitorHints | undefined },
): CheckoutCurrency {
  const enabled = (market: CheckoutCurrency | null | undefined): market is CheckoutCurrency => !!market && markets.enabled.includes(market);
  if (choice.requested !== undefined) {
    if (!enabled(choice.requested)) throw new UnknownMarketError(choice.requested);
    return choice.requested;
  }
  if (enabled(choice.stored)) return choice.stored;
  for (const tag of choice.hints?.languages ?? []) {
    const region = regionOf(tag);
    const market = region ? marketOfRegion(region) : undefined;
    if (enabled(market)) return market;
  }
  return markets.fallback;
}
