import type { ServerConfig } from '@voxly/config/server';
import type { Request, RequestHandler, Router } from 'express';
import type { VendorDeps, VendorFactory, VendorPlugin } from '../adapters/vendor-plugin.ts';
import type { LlmSocketAccess } from '../http/llm-socket.ts';
import type { PeriodicJob } from '../jobs/periodic-job.ts';
import { vendorTable, type VendorKindOf, type VendorPorts, type VendorService, type VendorTable } from './vendor-table.ts';

/** What the composition root hands every vendor, before each is labelled with its own kind. */
export type SharedVendorDeps = Omit<VendorDeps, 'countWebhook'> & {
  /** Counts a webhook outcome under the vendor's label. */
  observeWebhook: (vendor: VendorKindOf<VendorService>, outcome: string) => void;
};

/** The shared parts as one vendor sees them: its webhook outcomes counted under its own kind. */
export function depsFor(vendor: VendorKindOf<VendorService>, { observeWebhook, ...shared }: SharedVendorDeps): VendorDeps {
  return { ...shared, countWebhook: (outcome) => observeWebhook(vendor, outcome) };
}

/** The selected vendor of one service: its loader from the table, called with its config slice. */
export async function buildVendor<S extends VendorService>(
  service: S,
  config: ServerConfig[S],
  deps: SharedVendorDeps,
  table: VendorTable = vendorTable,
): Promise<VendorPlugin<VendorPorts[S]>> {
  // The table is keyed by kind, so the loader found matches the config's own variant; the
  // compiler cannot follow that correlation through the union, hence the one widening here.
  const loaders = table[service] as unknown as Record<string, () => Promise<VendorFactory<ServerConfig[S], VendorPorts[S]>>>;
  const load = loaders[config.kind];
  if (!load) throw new Error(`no ${service} vendor named ${config.kind}`);
  return (await load())(config, depsFor(config.kind, deps));
}

/** Every selected vendor's plug-in, by service. */
export type Vendors = { [S in VendorService]: VendorPlugin<VendorPorts[S]> };

/** The language model, voice, payments and sign-in vendors the configuration asks for. */
export async function buildVendors(config: ServerConfig, deps: SharedVendorDeps): Promise<Vendors> {
  const [auth, llm, voice, payments] = await Promise.all([
    buildVendor('auth', config.auth, deps),
    buildVendor('llm', config.llm, deps),
    buildVendor('voice', config.voice, deps),
    buildVendor('payments', config.payments, deps),
  ]);
  return { auth, llm, voice, payments };
}

/** What the server mounts and runs for all the vendors together, whichever they are. */
export interface MountedVendors {
  /** In mounting order: sign-in last, so its middleware sees only what reaches the API. */
  routes: (Router | RequestHandler)[];
  jobs: PeriodicJob[];
  connectSources: readonly string[];
  socketAccess: LlmSocketAccess;
  isTrustedWebhook: (req: Request) => boolean;
  listening(selfUrl: string): void;
}

/** The vendors' parts put together (pure: no vendor is named). */
export function mountVendors(vendors: Vendors, webOrigin: string): MountedVendors {
  const all: VendorPlugin<unknown>[] = [vendors.payments, vendors.voice, vendors.llm, vendors.auth];
  return {
    routes: all.flatMap((vendor) => vendor.routes),
    jobs: all.flatMap((vendor) => vendor.jobs),
    connectSources: [...new Set(all.flatMap((vendor) => vendor.connectSources ?? []))],
    // Without a voice vendor's word, only the call's owner may open its socket, from our own site.
    socketAccess: vendors.voice.socketAccess ?? { kind: 'owner', webOrigin },
    isTrustedWebhook: (req) => all.some((vendor) => vendor.isTrustedWebhook?.(req) ?? false),
    listening: (selfUrl) => {
      for (const vendor of all) vendor.listening?.(selfUrl);
    },
  };
}
