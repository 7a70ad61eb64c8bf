import { formatPrice, type CreditPackageId } from '@voxly/config';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../api/trpc.ts';
import { Loading } from '../components/query-fallback.tsx';

export function PricingPage() {
  const { t, i18n } = useTranslation();
  const packages = trpc.billing.packages.useQuery();
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
      {packages.isPending && <Loading text={t('loading.packages')} />}
      {packages.error && (
        <p className="error" role="alert">
          {t('pricing.loadFailed', { error: packages.error.message })}
        </p>
      )}
      {checkout.error && (
        <p className="error" role="alert">
          {checkout.error.message}
        </p>
      )}
      <ul className="packages">
        {packages.data?.map((pkg) => (
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
                checkout.mutate({ packageId: pkg.id });
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
