/**
 * A share link's token: 32 random bytes, base64url, so 43 characters. The server refuses any
 * other shape before it looks anything up; the web app knows a malformed link is dead without asking.
 */
export const shareTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Whether `token` has a share token's shape (it may still be unknown or turned off). */
export const isShareToken = (token: string): boolean => shareTokenPattern.test(token);
