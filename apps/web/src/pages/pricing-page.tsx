import { formatPrice, type CreditPackageId } from '@voxly/config';
import { useState } from 'react';
import { trpc } from '../api/trpc.ts';

export function PricingPage() {
  const packages = trpc.billing.packages.useQuery();
  const checkout = trpc.billing.createCheckout.useMutation({
    onSuccess: ({ checkoutUrl }) => window.location.assign(checkoutUrl),
  });
  const [chosen, setChosen] = useState<CreditPackageId | null>(null);
  const locale = navigator.language || 'en';

  return (
    <main className="page">
      <h1>Credit packages</h1>
      <p className="muted">One credit is one interview of up to 15 minutes, with full feedback.</p>
      {packages.isPending && <p className="muted">Loading…</p>}
      {packages.error && (
        <p className="error" role="alert">
          Could not load the packages: {packages.error.message}
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
            <h2>{pkg.name}</h2>
            <p className="price">{formatPrice(pkg, locale)}</p>
            <p>
              {pkg.credits} interviews · {formatPrice({ price: pkg.price / pkg.credits, currency: pkg.currency }, locale)}{' '}
              each
            </p>
            <button
              type="button"
              disabled={checkout.isPending}
              aria-label={`Buy the ${pkg.name} package`}
              onClick={() => {
                setChosen(pkg.id);
                checkout.mutate({ packageId: pkg.id });
              }}
            >
              {checkout.isPending && chosen === pkg.id ? 'Opening checkout…' : 'Buy'}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
