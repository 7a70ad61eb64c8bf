/**
 * The local user id for a display name: the same name always signs in to the same
 * account, so a restart or a second browser finds the same balance. Accents and case do
 * not matter ("Ana María" and "ana maria" are one user). Null when nothing is left.
 */
export function localUserIdFor(name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug ? `local:${slug}` : null;
}
