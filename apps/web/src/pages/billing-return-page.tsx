import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { trpc } from '../api/trpc.ts';

const WAIT_FOR_WEBHOOK_MS = 60_000;

/**
 * Where the checkout sends the buyer back. The credit arrives by webhook, which may land
 * before or after this page: it polls the order until it is paid (or gives up politely).
 */
export function BillingReturnPage() {
  const { outcome } = useParams();
  const [params] = useSearchParams();
  const orderId = params.get('order') ?? params.get('external_reference') ?? '';
  const utils = trpc.useUtils();
  const [startedAt] = useState(() => Date.now());
  const order = trpc.billing.order.useQuery(
    { orderId },
    {
      enabled: /^[0-9a-f-]{36}$/i.test(orderId),
      refetchInterval: (query) =>
        query.state.data?.status === 'open' && Date.now() - startedAt < WAIT_FOR_WEBHOOK_MS ? 1_000 : false,
    },
  );
  const paid = order.data?.status === 'paid';
  useEffect(() => {
    if (paid) void utils.account.me.invalidate();
  }, [paid, utils]);

  let title = 'Payment not completed';
  let message = 'The payment was not approved, so nothing was charged. You can try again with another method.';
  if (paid) {
    title = 'Payment approved';
    message = `${order.data?.credits} credits were added to your balance.`;
  } else if (outcome === 'success' || outcome === 'pending') {
    title = outcome === 'success' ? 'Confirming your payment…' : 'Payment pending';
    message =
      outcome === 'success'
        ? 'We are waiting for the payment confirmation. Your balance updates by itself.'
        : 'Your payment is being processed. Your credits arrive as soon as it is approved; you can leave this page.';
  }

  return (
    <main className="page">
      <h1>{title}</h1>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {order.error && <p className="error">{order.error.message}</p>}
      <p>
        {paid ? <Link to="/interview/new">Start an interview</Link> : <Link to="/pricing">Back to the packages</Link>}
      </p>
    </main>
  );
}
