import type { TFunction } from 'i18next';

/** A failed call as the web app holds it: tRPC's client error carries `data` only when the server answered. */
export interface FailedCall {
  message: string;
  data?: { code?: string } | null;
}

/**
 * What a failed call says to the candidate. The server's own words when it answered (its error
 * mapper writes them for people); when no answer came back (a restart, a dropped connection, a
 * proxy's empty page) that Voxly could not be reached, never the browser's own wording ("Failed
 * to execute 'json' on 'Response': Unexpected end of JSON input", a tryout saw it on Buy). Pure.
 */
export function errorText(error: FailedCall, t: TFunction): string {
  return error.data?.code ? error.message : t('common.notReached');
}
