import type { VendorModes } from '@voxly/config';

/** The local default of each service: shown in the "Local mode" badge when it is running. */
const localDefaults: Partial<Record<keyof VendorModes, string>> = {
  auth: 'local',
  llm: 'scripted',
  voice: 'browser',
  payments: 'sandbox',
  database: 'pglite',
};

export type LocalService = 'auth' | 'llm' | 'voice' | 'payments' | 'database';

/** The services running on their local default, for the "Local mode" badge. */
export function localModeServices(modes: VendorModes): LocalService[] {
  return (Object.keys(localDefaults) as LocalService[]).filter((service) => modes[service] === localDefaults[service]);
}
