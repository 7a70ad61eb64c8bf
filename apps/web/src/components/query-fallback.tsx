/** What is loading, said as a sentence beside a quiet pulse (announced once to screen readers). */
export function Loading({ text, page = false }: { text: string; page?: boolean }) {
  return (
    <p className={page ? 'page muted loading' : 'muted loading'} role="status">
      {text}
    </p>
  );
}

/** What a page shows while its data loads (a sentence saying what), or why it could not (the server's words). */
export function QueryFallback({ query, loading }: { query: { error: { message: string } | null }; loading: string }) {
  if (query.error)
    return (
      <p className="page error" role="alert">
        {query.error.message}
      </p>
    );
  return <Loading text={loading} page />;
}
