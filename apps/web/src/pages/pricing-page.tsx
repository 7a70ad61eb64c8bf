import { keepPreviousData } from '@tanstack/react-query';
import { formatPrice, type CheckoutCurrency, type CreditPackageId } from '@voxly/config';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.ts';
import { trpc } from '../api/trpc.ts';
import { Loading } from '../components/query-fallback.tsx';
import { uiLanguage } from '../i18n/i18n.ts';
import { MarketSwitch } from './market-switch.tsx';

export function PricingPage() {
  const { t, i18n } = useTranslation();
  // The server picks the market (the account's, else the browser's region, else the default)
  // until the visitor switches; the price is always the server's.
  const [market, setMarket] = useState<CheckoutCurrency | undefined>(undefined);
  const prices = trpc.billing.prices.useQuery(market ? { market } : undefined, { placeholderData: keepPreviousData });
  const remember = trpc.billing.setMarket.useMutation();
  const checkout = trpc.billing.createCheckout.useMutation({
    onSuccess: ({ checkoutUrl }) => window.location.assign(checkoutUrl),
  });
  const [chosen, setChosen] = useState<CreditPackageId | null>(null);
  const locale = i18n.resolvedLanguage ?? 'en';

  return (
    <main className="page">
      <h1>{t('pricing.title')}</h1>
      <p className="muted">{t('pricing.intro')}</p>
      <p>
        {/* A plain link: the sample is its own page, outside the signed-in app. */}
        <a href="/sample-report" data-testid="sample-report-link">
          {t('pricing.sampleLink')}
        </a>
      </p>
      {prices.data && (
        <MarketSwitch
          market={prices.data.market}
          markets={prices.data.markets}
          onChange={(chosen) => {
            setMarket(chosen);
            remember.mutate({ market: chosen });
          }}
        />
      )}
      {prices.isPending && <Loading text={t('loading.packages')} />}
      {prices.error && (
        <p className="error" role="alert">
          {t('pricing.loadFailed', { error: errorText(prices.error, t) })}
        </p>
      )}
      {checkout.error && (
        <p className="error" role="alert">
          {errorText(checkout.error, t)}
        </p>
      )}
      <ul className="packages">
        {prices.data?.packages.map((pkg) => (
          <li key={pkg.id} className="card">
            {/* The server names packages in English; the name shown is the UI language's, by id. */}
            <h2>{t(`pricing.packageNames.${pkg.id}`)}</h2>
            <p className="price">{formatPrice(pkg, locale)}</p>
            <p>
              {t('pricing.interviewsEach', {
                count: pkg.credits,
                price: formatPrice({ price: pkg.price / pkg.credits, currency: pkg.currency }, locale),
              })}
            </p>
            <button
              type="button"
              disabled={checkout.isPending}
              aria-label={t('pricing.buyPackage', { name: t(`pricing.packageNames.${pkg.id}`) })}
              onClick={() => {
                setChosen(pkg.id);
                // The checkout speaks the app's language, whatever the browser's is.
                checkout.mutate({ packageId: pkg.id, market: pkg.currency, language: uiLanguage() });
              }}
            >
              {checkout.isPending && chosen === pkg.id ? t('pricing.opening') : t('pricing.buy')}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
