import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { DatabaseHandle } from '@voxly/api/db';
import type { AppRouter } from '@voxly/api/router';
import type { TestDatabaseTarget } from '@voxly/api/testing';
import { loadServerConfig } from '@voxly/config/server';
import superjson from 'superjson';
import { createLogger } from '../../src/logging/logger.ts';
import { startServer, type RunningServer, type StartOptions } from '../../src/server.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Every log line the server wrote, for redaction checks. */
  logs: string[];
  stop(): Promise<void>;
}

/** A real server on a free port with a fresh database and its own data folder. */
export async function startTestServer(
  target: TestDatabaseTarget,
  env: Record<string, string> = {},
  options: Omit<StartOptions, 'database'> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'voxly-server-'));
  const config = loadServerConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    VOXLY_DATA_DIR: dataDir,
    // Requests are logged at debug: the redaction checks read them.
    LOG_LEVEL: 'debug',
    NODE_ENV: 'test',
    // The fake model listens on loopback, which reads as a local model (one slot, cache warm-ups,
    // prefill-sized limits): tests of those say so; the others talk to it as to a hosted one.
    OPENAI_LOCAL_MODEL: 'false',
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const database: DatabaseHandle = await target.open();
  const server = await startServer(config, createLogger(config.logLevel, sink), { database, shutdownGraceMs: 1_000, ...options });
  return {
    ...server,
    dataDir,
    logs,
    async stop() {
      await server.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The typed client the web app uses, over real HTTP. */
export function apiClient(baseUrl: string, headers: Record<string, string> = {}) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, transformer: superjson, headers })],
  });
}

/** Signs in a local user over HTTP and returns the Cookie header to send. */
export async function signInLocally(baseUrl: string, name: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie');
  if (!setCookie) throw new Error('sign-in set no cookie');
  return setCookie.split(';')[0]!;
}

/** The tRPC error code a call failed with (it must fail). */
export async function trpcErrorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { code: string }).code;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export async function trpcError(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** A response body as JSON, loosely typed: the assertions say what shape it must have. */
export const jsonOf = (response: Response): Promise<any> => response.json();
