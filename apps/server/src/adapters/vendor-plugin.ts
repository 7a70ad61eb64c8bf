import type { Database } from '@voxly/api/db';
import type { CallLatency } from '@voxly/api/interview';
import type { ServerConfig } from '@voxly/config/server';
import type { Request, RequestHandler, Router } from 'express';
import type { LlmSocketAccess } from '../http/llm-socket.ts';
import type { PeriodicJob } from '../jobs/periodic-job.ts';
import type { Logger } from '../logging/logger.ts';

/**
 * One vendor (sign-in, language model, voice or payments) as the server mounts it, whatever
 * its kind: the port the domain calls and what else it brings. The composition root mounts
 * every selected vendor's parts without knowing which vendor it is (ADR 0029).
 */
export interface VendorPlugin<Port> {
  port: Port;
  /** Express pieces it needs mounted: its webhook, its pages, its middleware. */
  routes: (Router | RequestHandler)[];
  /** Periodic work it needs (the sandbox's delivery retries). */
  jobs: PeriodicJob[];
  /** Origins its browser client connects to (Retell's LiveKit hosts), for the CSP's connect-src. */
  connectSources?: readonly string[];
  /** Who may open the live call's socket: the voice vendor's to say (the call's owner, by default). */
  socketAccess?: LlmSocketAccess;
  /** Its own webhook deliveries, which are not the public's: the webhook rate limit does not count them. */
  isTrustedWebhook?: (req: Request) => boolean;
  /** Told the server's own address once it listens (the sandbox posts to our webhook). */
  listening?(selfUrl: string): void;
}

/** What every vendor is given: the composition root's shared parts. */
export interface VendorDeps {
  config: ServerConfig;
  db: Database;
  logger: Logger;
  /** Counts one of this vendor's webhook outcomes, under this vendor's own label (its config kind). */
  countWebhook: (outcome: string) => void;
  /** A voice vendor's own per-call latency figures (metrics). */
  callLatency: (latency: CallLatency) => void;
  /** How often the sandbox retries notifications the webhook has not taken yet (tests shorten it). */
  sandboxRetryMs?: number | undefined;
}

/** A vendor's one export: its config slice and the shared parts in, its plug-in out. */
export type VendorFactory<Config, Port> = (config: Config, deps: VendorDeps) => VendorPlugin<Port> | Promise<VendorPlugin<Port>>;
