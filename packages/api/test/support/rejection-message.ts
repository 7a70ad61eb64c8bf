/**
 * Awaits a promise that must reject and returns every message in its cause chain, so
 * tests can match the database's own words through Drizzle's "Failed query" wrapper.
 */
export async function rejectionMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const messages: string[] = [];
    let current: unknown = error;
    while (current instanceof Error && messages.length < 5) {
      messages.push(current.message);
      current = current.cause;
    }
    return messages.join(' <- ');
  }
  throw new Error('expected the promise to reject, but it resolved');
}
