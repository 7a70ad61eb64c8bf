import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, DatabaseHandle } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { vendorKinds } from '@voxly/config';
import { loadServerConfig } from '@voxly/config/server';
import type { Request } from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { VendorPlugin } from '../src/adapters/vendor-plugin.ts';
import { buildVendor, buildVendors, depsFor, mountVendors, type SharedVendorDeps } from '../src/composition/build-vendors.ts';
import { vendorTable, type VendorTable } from '../src/composition/vendor-table.ts';
import { createLogger } from '../src/logging/logger.ts';

// Each production vendor's plug-in module records when it is evaluated: the table must not
// import a vendor (and so its SDK) the configuration did not select.
const evaluated = vi.hoisted(() => new Set<string>());
vi.mock(
  '../src/adapters/auth/clerk-plugin.ts',
  () => (evaluated.add('clerk'), { clerkPlugin: () => ({ port: {}, routes: [], jobs: [] }) }),
);
vi.mock(
  '../src/adapters/llm/openai-plugin.ts',
  () => (evaluated.add('openai'), { openAiPlugin: () => ({ port: {}, routes: [], jobs: [] }) }),
);
vi.mock(
  '../src/adapters/voice/retell/retell-plugin.ts',
  () => (evaluated.add('retell'), { retellPlugin: () => ({ port: {}, routes: [], jobs: [] }) }),
);
vi.mock(
  '../src/adapters/payments/mercadopago/mercadopago-plugin.ts',
  () => (evaluated.add('mercadopago'), { mercadoPagoPlugin: () => ({ port: {}, routes: [], jobs: [] }) }),
);

const localConfig = () => loadServerConfig({ VOXLY_DATA_DIR: mkdtempSync(join(tmpdir(), 'voxly-vendors-')) });
const sharedDeps = (observeWebhook: SharedVendorDeps['observeWebhook'] = () => {}, db = {} as Database): SharedVendorDeps => ({
  config: localConfig(),
  // Only the test that builds real local vendors needs a database (their statements are prepared at construction).
  db,
  logger: createLogger('silent'),
  observeWebhook,
  callLatency: () => {},
});

describe('the vendor table', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await testDatabaseTargets[0]!.open();
  });
  afterAll(() => database?.close());

  it('has one loader for every vendor kind the vocabulary names, and no other', () => {
    for (const service of ['auth', 'llm', 'voice', 'payments'] as const) {
      expect(Object.keys(vendorTable[service]).sort()).toEqual([...vendorKinds[service]].sort());
    }
  });

  it('loads only the vendors the configuration selects: local mode evaluates no production vendor’s module', async () => {
    const deps = sharedDeps(undefined, database.db);
    const vendors = await buildVendors(deps.config, deps);
    expect(vendors.llm.port.mode).toBe('scripted');
    expect(vendors.voice.port.mode).toBe('browser');
    expect(vendors.payments.port.mode).toBe('sandbox');
    expect(evaluated).toEqual(new Set());
    await buildVendor(
      'payments',
      { kind: 'mercadopago', defaultMarket: 'BRL', accounts: [{ market: 'BRL', accessToken: 't', webhookSecret: 's' }] },
      deps,
    );
    expect(evaluated).toEqual(new Set(['mercadopago']));
  });

  it('calls the selected kind’s loader with its config slice, and no other loader', async () => {
    const called: string[] = [];
    const plugin = { port: { mode: 'sandbox' }, routes: [], jobs: [] } as unknown as VendorPlugin<never>;
    const loader = (kind: string) => () => Promise.resolve((called.push(kind), () => plugin));
    const table = {
      ...vendorTable,
      payments: { mercadopago: loader('mercadopago'), sandbox: loader('sandbox') },
    } as unknown as VendorTable;
    expect(await buildVendor('payments', { kind: 'sandbox' }, sharedDeps(), table)).toBe(plugin);
    expect(called).toEqual(['sandbox']);
  });
});

describe('metric labels', () => {
  it('counts each vendor’s webhook outcomes under its own kind', () => {
    const seen: [string, string][] = [];
    const shared = sharedDeps((vendor, outcome) => seen.push([vendor, outcome]));
    depsFor('sandbox', shared).countWebhook('bad-signature');
    depsFor('mercadopago', shared).countWebhook('credited');
    depsFor('retell', shared).countWebhook('stored');
    expect(seen).toEqual([
      ['sandbox', 'bad-signature'],
      ['mercadopago', 'credited'],
      ['retell', 'stored'],
    ]);
  });
});

describe('mounting the vendors together', () => {
  const plugin = (name: string, extra: Partial<VendorPlugin<unknown>> = {}): VendorPlugin<never> =>
    ({
      port: {},
      routes: [Object.assign(() => {}, { vendor: name })],
      jobs: [{ what: name, everyMs: 1_000, run: async () => {} }],
      ...extra,
    }) as unknown as VendorPlugin<never>;
  const request = (header?: string) => ({ header: () => header }) as unknown as Request;

  it('mounts sign-in last and runs every vendor’s jobs', () => {
    const mounted = mountVendors(
      { auth: plugin('auth'), llm: plugin('llm'), voice: plugin('voice'), payments: plugin('payments') },
      'http://localhost:3000',
    );
    expect(mounted.routes.map((route) => (route as unknown as { vendor: string }).vendor)).toEqual(['payments', 'voice', 'llm', 'auth']);
    expect(mounted.jobs.map((job) => job.what)).toEqual(['payments', 'voice', 'llm', 'auth']);
  });

  it('takes the socket’s access and the CSP’s origins from the vendors, and trusts a webhook any vendor vouches for', () => {
    const heard: string[] = [];
    const voice = plugin('voice', {
      connectSources: ['wss://a.example', 'https://b.example'],
      socketAccess: { kind: 'retell', secret: 's'.repeat(24), clientAddress: () => '127.0.0.1' },
    });
    const payments = plugin('payments', {
      connectSources: ['wss://a.example'],
      isTrustedWebhook: (req) => req.header('x') === 'ours',
      listening: (url) => heard.push(url),
    });
    const mounted = mountVendors({ auth: plugin('auth'), llm: plugin('llm'), voice, payments }, 'http://localhost:3000');
    expect(mounted.connectSources).toEqual(['wss://a.example', 'https://b.example']);
    expect(mounted.socketAccess.kind).toBe('retell');
    expect(mounted.isTrustedWebhook(request('ours'))).toBe(true);
    expect(mounted.isTrustedWebhook(request('theirs'))).toBe(false);
    mounted.listening('http://127.0.0.1:1234');
    expect(heard).toEqual(['http://127.0.0.1:1234']);
  });

  it('lets only the call’s owner open the socket, from our own site, when no voice vendor says otherwise', () => {
    const mounted = mountVendors(
      { auth: plugin('auth'), llm: plugin('llm'), voice: plugin('voice'), payments: plugin('payments') },
      'https://voxly.example',
    );
    expect(mounted.socketAccess).toEqual({ kind: 'owner', webOrigin: 'https://voxly.example' });
    expect(mounted.isTrustedWebhook(request('ours'))).toBe(false);
  });
});
