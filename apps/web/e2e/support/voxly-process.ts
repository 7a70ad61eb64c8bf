import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, serverDir, spawnServer } from '@voxly/api/testing';
import { build } from 'vite';

const webRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface VoxlyProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The server bundle production runs, built from the current source into a folder of its own
 * beside `apps/server/dist` (npm packages resolve from there; parallel test files never share one).
 */
function buildServerBundle(): { entry: string; remove(): void } {
  mkdirSync(join(serverDir, 'dist'), { recursive: true });
  const dir = mkdtempSync(join(serverDir, 'dist', 'e2e-'));
  const entry = join(dir, 'main.js');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts', entry], { cwd: serverDir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server bundle did not build:\n${built.stderr}`);
  return { entry, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The product as it runs in production: the web app built by Vite and served on one port by
 * the real server process, run from its bundle under plain Node, in local mode, with a fresh
 * data folder.
 */
export async function startVoxly(
  env: Record<string, string> = {},
  /** `apiOnly`: the API alone on `port`, for a web dev server in front of it (as `npm start` runs). */
  options: { apiOnly?: { port: number } } = {},
): Promise<VoxlyProcess> {
  const work = mkdtempSync(join(tmpdir(), 'voxly-e2e-'));
  const webDist = join(work, 'web');
  if (!options.apiOnly)
    await build({ root: webRoot, mode: 'production', logLevel: 'silent', build: { outDir: webDist, emptyOutDir: true } });

  const bundle = buildServerBundle();
  const port = options.apiOnly?.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const server = spawnServer({
    entry: bundle.entry,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_ORIGIN: url,
      VOXLY_DATA_DIR: join(work, 'data'),
      ...(options.apiOnly ? {} : { VOXLY_SERVE_WEB: webDist }),
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  await server.listening().catch((error: unknown) => {
    bundle.remove();
    throw error;
  });
  return {
    url,
    output: () => server.output(),
    async stop() {
      await server.stop('SIGTERM');
      rmSync(work, { recursive: true, force: true });
      bundle.remove();
    },
  };
}
