/** A route that exists so links and deep links work, for a page still being built. */
export function PendingPage({ title }: { title: string }) {
  return (
    <main className="page">
      <h1>{title}</h1>
      <p className="muted">This page is not available yet.</p>
    </main>
  );
}
