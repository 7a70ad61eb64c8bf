/** Which adapter each outside service runs with; shown to the user as "local mode". */
export interface VendorModes {
  auth: 'clerk' | 'local';
  llm: 'openai' | 'scripted';
  voice: 'retell' | 'browser';
  payments: 'mercadopago' | 'sandbox';
  database: 'postgres' | 'pglite';
}
