import { Link } from 'react-router';
import { trpc } from '../api/trpc.ts';

export function DashboardPage() {
  const me = trpc.account.me.useQuery();
  if (!me.data) return null;
  const { credits, user } = me.data;
  return (
    <main className="page">
      <h1>Welcome{user.name ? `, ${user.name}` : ''}</h1>
      <section className="card" aria-labelledby="start-heading">
        <h2 id="start-heading">Practice an interview</h2>
        <p>
          You have <strong data-testid="dashboard-credits">{credits}</strong> {credits === 1 ? 'credit' : 'credits'}. One
          interview costs one credit and lasts up to 15 minutes.
        </p>
        {credits > 0 ? (
          <Link className="button" to="/interview/new">
            Start an interview
          </Link>
        ) : (
          <p>
            You have no credits yet. <Link to="/pricing">Buy a credit package</Link> to start.
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">Your interviews</h2>
        <p className="muted">Interviews you take appear here with their scores.</p>
      </section>
    </main>
  );
}
