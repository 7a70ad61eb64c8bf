import type { PaymentsPort } from '@voxly/api/billing';
import type { Database } from '@voxly/api/db';
import type { Request, Router } from 'express';
import type { PeriodicJob } from '../../jobs/periodic-job.ts';
import type { Logger } from '../../logging/logger.ts';

/** What every payments provider is given: the composition root's shared parts. */
export interface PaymentsPluginDeps {
  db: Database;
  logger: Logger;
  webOrigin: string;
  /** This API's public address (where a provider sends its notifications). */
  publicApiUrl: string;
  dataDir: string;
  /** Each webhook notification's outcome (metrics). */
  onWebhookOutcome: (outcome: string) => void;
}

/**
 * A payments provider as the server mounts it: the port the domain calls, the routes the
 * provider needs (its webhook, its checkout pages), and what else it runs. Adding a provider
 * is one folder exporting one of these, its config slice, and one line in build-payments.ts.
 */
export interface PaymentsPlugin {
  port: PaymentsPort;
  routes: Router[];
  /** Requests the webhook rate limit does not count (the sandbox's own deliveries). */
  isTrustedWebhook?: (req: Request) => boolean;
  /** Periodic work the provider needs (the sandbox's delivery retries). */
  jobs: PeriodicJob[];
  /** Told the server's own address once it listens (the sandbox posts to our webhook). */
  listening?(selfUrl: string): void;
}
