import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface SpawnedServer {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
  /** Resolves with the base URL once the server logs that it is listening. */
  listening(timeoutMs?: number): Promise<string>;
}

/**
 * Runs the real entry point in its own process: `src/main.ts` under tsx, or the built
 * bundle production runs when `entry` names it.
 */
export function spawnServer(env: Record<string, string>, entry?: string): SpawnedServer {
  const child = spawn(process.execPath, entry ? [entry] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    async listening(timeoutMs = 30_000) {
      await waitUntil(() => output.includes('"msg":"listening"') || child.exitCode !== null, timeoutMs);
      const port = /"port":(\d+)/.exec(output)?.[1];
      if (!port) throw new Error(`server did not start:\n${output}`);
      return `http://127.0.0.1:${port}`;
    },
  };
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
