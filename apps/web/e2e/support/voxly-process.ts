import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@voxly/api/testing';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const webRoot = join(repoRoot, 'apps/web');
const serverRoot = join(repoRoot, 'apps/server');

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
  mkdirSync(join(serverRoot, 'dist'), { recursive: true });
  const dir = mkdtempSync(join(serverRoot, 'dist', 'e2e-'));
  const entry = join(dir, 'main.js');
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts', entry], { cwd: serverRoot, encoding: 'utf8' });
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
  const child: ChildProcess = spawn(process.execPath, [bundle.entry], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_ORIGIN: url,
      VOXLY_DATA_DIR: join(work, 'data'),
      ...(options.apiOnly ? {} : { VOXLY_SERVE_WEB: webDist }),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 30_000;
  while (!output.includes('"msg":"listening"')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      bundle.remove();
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(work, { recursive: true, force: true });
      bundle.remove();
    },
  };
}
