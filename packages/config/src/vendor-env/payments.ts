import { checkoutCurrencies, type CheckoutCurrency } from '../credit-packages.ts';
import { defaultMarketOf, marketsOf } from '../markets.ts';
import type { RawEnv } from '../raw-env.ts';
import { configureHint, type VendorEnvs } from './vendor-env.ts';

/** One Mercado Pago account: it takes payments only in its own country's currency, its market. */
export interface MercadoPagoAccount {
  market: CheckoutCurrency;
  accessToken: string;
  webhookSecret: string;
}

export type PaymentsConfig =
  | {
      kind: 'mercadopago';
      /** Its account answers at the bare webhook path (what single-account deployments and older preferences use). */
      defaultMarket: CheckoutCurrency;
      /** One per market in VOXLY_MARKETS, the default market's first. */
      accounts: MercadoPagoAccount[];
    }
  | { kind: 'sandbox' };

const tokenKey = (market: CheckoutCurrency) => `MERCADOPAGO_ACCESS_TOKEN_${market}` as const;
const secretKey = (market: CheckoutCurrency) => `MERCADOPAGO_WEBHOOK_SECRET_${market}` as const;

/** A market's account as the environment gives it: its own pair, or the unsuffixed pair for the default market. */
function accountSettings(env: RawEnv, market: CheckoutCurrency): { accessToken: string; webhookSecret: string } | undefined {
  const accessToken = env[tokenKey(market)];
  const webhookSecret = env[secretKey(market)];
  if (accessToken && webhookSecret) return { accessToken, webhookSecret };
  if (market === defaultMarketOf(env) && env.MERCADOPAGO_ACCESS_TOKEN && env.MERCADOPAGO_WEBHOOK_SECRET) {
    return { accessToken: env.MERCADOPAGO_ACCESS_TOKEN, webhookSecret: env.MERCADOPAGO_WEBHOOK_SECRET };
  }
  return undefined;
}

/**
 * The accounts' rules. Mercado Pago: "an account created in Mexico only accepts payments in
 * Mexican pesos" (its FAQ), so each market needs its own country's account.
 * One account per market in VOXLY_MARKETS, each whole, none doubled, none for a market we do not sell in.
 */
function mercadoPagoProblems(env: RawEnv): string[] {
  const problems: string[] = [];
  const markets = marketsOf(env);
  const defaultMarket = defaultMarketOf(env);
  for (const market of checkoutCurrencies) {
    const token = env[tokenKey(market)];
    const secret = env[secretKey(market)];
    if (!!token !== !!secret) {
      const [present, missing] = token ? [tokenKey(market), secretKey(market)] : [secretKey(market), tokenKey(market)];
      problems.push(`Mercado Pago's ${market} account is half-configured: ${present} is set but ${missing} is missing.`);
    }
    if ((token || secret) && !markets.includes(market)) {
      problems.push(
        `${token ? tokenKey(market) : secretKey(market)} is set but ${market} is not in VOXLY_MARKETS (${markets.join(', ')}): ` +
          `add the market or remove its account.`,
      );
    }
  }
  if (env.MERCADOPAGO_ACCESS_TOKEN && env[tokenKey(defaultMarket)]) {
    problems.push(
      `Two Mercado Pago accounts for ${defaultMarket}, the default market: MERCADOPAGO_ACCESS_TOKEN and ${tokenKey(defaultMarket)}. Set one.`,
    );
  }
  // Half the unsuffixed pair is already reported (halfConfigured), as is half a market's own pair.
  const halfDefault = !!env.MERCADOPAGO_ACCESS_TOKEN !== !!env.MERCADOPAGO_WEBHOOK_SECRET;
  for (const market of markets) {
    if (accountSettings(env, market)) continue;
    if (!!env[tokenKey(market)] !== !!env[secretKey(market)] || (market === defaultMarket && halfDefault)) continue;
    const keys = `${tokenKey(market)} and ${secretKey(market)}`;
    problems.push(
      `Mercado Pago has no account for ${market}${env.VOXLY_MARKETS ? ' (in VOXLY_MARKETS)' : ', the default market'}: an account takes payments only in its own ` +
        `country's currency, so set ${market === defaultMarket ? `MERCADOPAGO_ACCESS_TOKEN and MERCADOPAGO_WEBHOOK_SECRET (or ${keys})` : keys} ` +
        `to that country's account, or drop ${market} from VOXLY_MARKETS.`,
    );
  }
  // One account for two markets would fail every checkout in one of them; one secret for two would let either sign for both.
  const accounts = markets.flatMap((market) => {
    const settings = accountSettings(env, market);
    return settings ? [{ market, ...settings }] : [];
  });
  for (const [i, account] of accounts.entries()) {
    const earlier = accounts.slice(0, i);
    const sameToken = earlier.find((other) => other.accessToken === account.accessToken);
    if (sameToken)
      problems.push(`${account.market}'s Mercado Pago access token is ${sameToken.market}'s: each market needs its own country's account.`);
    const sameSecret = earlier.find((other) => other.webhookSecret === account.webhookSecret);
    if (sameSecret) problems.push(`${account.market}'s Mercado Pago webhook secret is ${sameSecret.market}'s: each account has its own.`);
  }
  return problems;
}

const anyMercadoPagoKey = (env: RawEnv): boolean =>
  !!(env.MERCADOPAGO_ACCESS_TOKEN || env.MERCADOPAGO_WEBHOOK_SECRET) ||
  checkoutCurrencies.some((market) => env[tokenKey(market)] || env[secretKey(market)]);

/** Payment providers: Mercado Pago (one account per market), else the sandbox checkout (local mode). */
export const paymentsVendors: VendorEnvs<PaymentsConfig> = [
  {
    kind: 'mercadopago',
    name: 'Mercado Pago',
    keys: ['MERCADOPAGO_ACCESS_TOKEN', 'MERCADOPAGO_WEBHOOK_SECRET'],
    selects: anyMercadoPagoKey,
    problems: mercadoPagoProblems,
    config: (env) => {
      const defaultMarket = defaultMarketOf(env);
      const markets = [defaultMarket, ...marketsOf(env).filter((market) => market !== defaultMarket)];
      return {
        kind: 'mercadopago',
        defaultMarket,
        accounts: markets.map((market) => {
          const settings = accountSettings(env, market);
          if (!settings) throw new Error(`no Mercado Pago account for ${market}`);
          return { market, accessToken: settings.accessToken, webhookSecret: settings.webhookSecret };
        }),
      };
    },
  },
  {
    kind: 'sandbox',
    name: 'the sandbox checkout',
    keys: [],
    config: () => ({ kind: 'sandbox' }),
    refusedInProduction: (env, others) =>
      env.VOXLY_ALLOW_SANDBOX_PAYMENTS === 'true'
        ? undefined
        : 'The sandbox checkout is refused in production: it approves payments without money. Configure ' +
          `${configureHint(others)} or set VOXLY_ALLOW_SANDBOX_PAYMENTS=true for a private demo.`,
  },
];
