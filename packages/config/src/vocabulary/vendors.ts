/** Each outside service's adapters: the production vendor first, then the local default. */
export const vendorKinds = {
  auth: ['clerk', 'local'],
  llm: ['openai', 'scripted'],
  voice: ['retell', 'browser'],
  payments: ['mercadopago', 'sandbox'],
  database: ['postgres', 'pglite'],
} as const;

/** Which adapter each outside service runs with; shown to the user as "local mode". */
export type VendorModes = { [service in keyof typeof vendorKinds]: (typeof vendorKinds)[service][number] };
