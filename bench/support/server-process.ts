import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort, serverDir, spawnServer } from '@voxly/api/testing';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory of the server process, from /proc (Linux). */
  rssBytes(): number;
  stop(): Promise<void>;
}

const profileFlags = () => (process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : []);

/** Spawns a server (ours unless `cwd` names another) and waits until `ready(url)` says it serves. */
export async function spawnServerProcess(options: {
  entry: string;
  cwd?: string;
  port: number;
  env: Record<string, string>;
  ready: (url: string) => Promise<boolean>;
}): Promise<ServerProcess> {
  const server = spawnServer({ entry: options.entry, cwd: options.cwd, env: options.env, nodeFlags: profileFlags(), outputTail: 4000 });
  const url = `http://127.0.0.1:${options.port}`;
  await server.readyWhen(() => options.ready(url), { intervalMs: 100 });
  const pid = server.child.pid!;
  return {
    url,
    pid,
    rssBytes: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024,
    async stop() {
      await server.stop('SIGTERM');
    },
  };
}

let built = false;
/** The bundle production runs (`npm run build`), made once per bench from the current source. */
function buildServer() {
  if (built) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: serverDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the server bundle did not build');
  built = true;
}

/**
 * The real server, as production runs it (the built bundle under plain Node), in its own
 * process, so the load generator does not share its event loop.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  buildServer();
  const port = await freePort();
  return spawnServerProcess({
    entry: 'dist/main.js',
    port,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // A load generator is one address and one user: abuse limits would measure themselves.
      VOXLY_RATE_LIMIT_API: '1000000000',
      VOXLY_RATE_LIMIT_AUTH: '1000000000',
      VOXLY_RATE_LIMIT_WEBHOOK: '1000000000',
      VOXLY_MAX_CALLS_PER_USER: '1000000',
      VOXLY_MAX_CALLS_PER_INSTANCE: '1000000',
      ...env,
    },
    ready: async (url) => (await fetch(`${url}/ready`)).ok,
  });
}
