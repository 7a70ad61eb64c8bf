/** SQLSTATE codes the domain reacts to. */
export const pgErrorCodes = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  foreignKeyViolation: '23503',
} as const;

/**
 * The SQLSTATE of a database error, looking through the wrappers Drizzle puts around
 * the driver's error (node-postgres and PGlite both expose `code`).
 */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Socket-level failures of the database connection (node-postgres surfaces Node's codes). */
const connectionErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const connectionMessages =
  /connection terminated|timeout exceeded when trying to connect|connection error|pglite is closed|client was closed|cannot use a pool after calling end|not currently accepting connections|the database system is (starting up|shutting down)|too many clients/i;

/**
 * Is this the database being unreachable (down, restarting, out of connections) rather than
 * a bad query? Those are worth a "try again" (503), not a failure report.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      // SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down, cannot connect now), 53300 (too many connections).
      if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300' || connectionErrnos.has(code)) return true;
    }
    if (typeof message === 'string' && connectionMessages.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
