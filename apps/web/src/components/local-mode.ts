import type { VendorModes } from '@voxly/config';

const localLabels: Partial<Record<keyof VendorModes, Partial<Record<string, string>>>> = {
  auth: { local: 'local sign-in' },
  llm: { scripted: 'scripted interviewer' },
  voice: { browser: 'browser voice' },
  payments: { sandbox: 'sandbox checkout' },
  database: { pglite: 'embedded database' },
};

/** The services running on their local default, in words, for the "Local mode" badge. */
export function localModeServices(modes: VendorModes): string[] {
  return (Object.keys(localLabels) as (keyof VendorModes)[])
    .map((service) => localLabels[service]?.[modes[service]])
    .filter((label): label is string => Boolean(label));
}
