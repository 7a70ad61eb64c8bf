import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type DatabaseHandle } from '@voxly/api';
import { vendorModes, type ServerConfig } from '@voxly/config/server';
import { buildAuth } from './composition/build-auth.ts';
import { createApp } from './http/create-app.ts';
import type { Logger } from './logging/logger.ts';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  database: DatabaseHandle;
  /** Stops accepting, lets in-flight requests finish (bounded), closes the database. */
  close(): Promise<void>;
}

/** Builds every adapter from the configuration and starts listening. */
export async function startServer(
  config: ServerConfig,
  logger: Logger,
  options: { database?: DatabaseHandle; shutdownGraceMs?: number } = {},
): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(config.database));
  const modes = { ...vendorModes(config), database: database.kind };
  logger.info({ modes }, 'adapters selected');

  const auth = buildAuth(config);
  const app = createApp({
    config,
    logger,
    auth,
    ping: database.ping,
    services: {
      db: database.db,
      modes,
      currency: config.currency,
      publicSettings: config.auth.kind === 'clerk' ? { clerkPublishableKey: config.auth.publishableKey } : {},
    },
  });

  const httpServer = createServer(app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ port }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      const grace = setTimeout(() => httpServer.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
      await stopped;
      clearTimeout(grace);
      if (!options.database) await database.close();
    })();
    return closing;
  };
  return { url, port, httpServer, database, close };
}
