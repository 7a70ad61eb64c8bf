import { formatPrice } from '@voxly/config';
import { trpc } from '../api/trpc.ts';

export function PricingPage() {
  const packages = trpc.billing.packages.useQuery();
  const locale = navigator.language || 'en';
  return (
    <main className="page">
      <h1>Credit packages</h1>
      {packages.isPending && <p className="muted">Loading…</p>}
      {packages.error && (
        <p className="error" role="alert">
          Could not load the packages: {packages.error.message}
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
          </li>
        ))}
      </ul>
    </main>
  );
}
