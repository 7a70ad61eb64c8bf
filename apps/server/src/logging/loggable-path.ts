/** A share link's token is its path: anyone who reads it can open the report. */
const shareToken = /(\/shared\/)[^/?#]+/g;

/**
 * A request's URL as the log may keep it: the path without its query string (tokens,
 * tRPC inputs such as `feedback.shared`'s token) and with a share link's token blanked.
 */
export function loggablePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(shareToken, '$1[redacted]');
}
