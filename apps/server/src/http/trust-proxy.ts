import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** `VOXLY_TRUST_PROXY` as Express takes it: a hop count, true/false, or addresses and names (loopback…). */
export function trustProxySetting(value: string): number | boolean | string[] {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The client's address for a request Express never handled (a WebSocket upgrade), with the
 * same proxy trust Express applies to every other route.
 */
export function clientAddressOf(value: string): (request: IncomingMessage) => string {
  const setting = trustProxySetting(value);
  const trust =
    typeof setting === 'number'
      ? (_address: string, hop: number) => hop < setting
      : typeof setting === 'boolean'
        ? () => setting
        : proxyaddr.compile(setting);
  return (request) => proxyaddr(request, trust);
}
