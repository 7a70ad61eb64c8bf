import { webRoutes } from '@voxly/config';

// The shared report's route with its one segment captured; like the server's route match, any letter case.
const sharedRoute = new RegExp(`^${webRoutes.sharedReport.replace('/:token', '/([^/]+)')}/?$`, 'i');

/**
 * The token of a shared report's address, whatever the segment holds (`a.b`, `xyz`): every
 * `/shared/<something>` opens the shared-report page, which says so when the link is dead,
 * rather than the landing or the app. Null for any other address.
 */
export function sharedLinkToken(pathname: string): string | null {
  return sharedRoute.exec(pathname)?.[1] ?? null;
}
