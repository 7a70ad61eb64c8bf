import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'wouter';
import { errorText } from '../api/error-text.ts';
import { trpc } from '../api/trpc.ts';

const WAIT_FOR_WEBHOOK_MS = 60_000;

/**
 * Where the checkout sends the buyer back. The credit arrives by webhook, which may land
 * before or after this page: it polls the order until it is paid (or gives up politely).
 */
export function BillingReturnPage() {
  const { t } = useTranslation();
  const { outcome } = useParams<{ outcome: string }>();
  const [params] = useSearchParams();
  const orderId = params.get('order') ?? params.get('external_reference') ?? '';
  const utils = trpc.useUtils();
  const [startedAt] = useState(() => Date.now());
  const order = trpc.billing.order.useQuery(
    { orderId },
    {
      enabled: /^[0-9a-f-]{36}$/i.test(orderId),
      refetchInterval: (query) => (query.state.data?.status === 'open' && Date.now() - startedAt < WAIT_FOR_WEBHOOK_MS ? 1_000 : false),
    },
  );
  const paid = order.data?.status === 'paid';
  useEffect(() => {
    if (paid) void utils.account.me.invalidate();
  }, [paid, utils]);

  let title = t('billing.notCompleted');
  let message = t('billing.notCompletedText');
  if (paid) {
    title = t('billing.approved');
    message = t('billing.approvedText', { count: order.data?.credits ?? 0 });
  } else if (outcome === 'success') {
    title = t('billing.confirming');
    message = t('billing.confirmingText');
  } else if (outcome === 'pending') {
    title = t('billing.pending');
    message = t('billing.pendingText');
  }

  return (
    <main className="page">
      <h1>{title}</h1>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {order.error && <p className="error">{errorText(order.error, t)}</p>}
      <p>
        {paid ? <Link to="/interview/new">{t('billing.startInterview')}</Link> : <Link to="/pricing">{t('billing.backToPackages')}</Link>}
      </p>
    </main>
  );
}
