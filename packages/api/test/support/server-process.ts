import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Where the server runs from: its npm packages resolve from there, whichever entry runs. */
export const serverDir = fileURLToPath(new URL('../../../../apps/server/', import.meta.url));

export interface ServerProcessOptions {
  /** Variables for the process. Only PATH and HOME come from ours, so a test's own setup never leaks in. */
  env: Record<string, string>;
  /** A file Node runs as it is (the built bundle); without it, `src/main.ts` under tsx. */
  entry?: string;
  /** Flags for Node before the entry (a bench's CPU profile). */
  nodeFlags?: string[];
  /** Another server's folder (a bench's reference server); `serverDir` otherwise. */
  cwd?: string;
  /** Keep only the last this-many characters of output, for runs long enough to log a lot. */
  outputTail?: number;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the base URL once the server logs that it listens, on the port it logs (PORT=0 works). */
  listening(timeoutMs?: number): Promise<string>;
  /** Resolves once `ready()` holds, checked every `intervalMs`; a check that throws counts as not yet. */
  readyWhen(ready: () => boolean | Promise<boolean>, options?: { timeoutMs?: number; intervalMs?: number }): Promise<void>;
  /** Sends `signal` (SIGKILL for a crash) and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The one way tests, browser tests and benches start a server: a Node process of its own, with
 * its output kept for failure messages and assertions.
 */
export function spawnServer(options: ServerProcessOptions): ServerProcess {
  const entry = options.entry ? [options.entry] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...entry], {
    cwd: options.cwd ?? serverDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.outputTail) output = output.slice(-options.outputTail);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  async function readyWhen(ready: () => boolean | Promise<boolean>, { timeoutMs = 30_000, intervalMs = 50 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (
        await Promise.resolve()
          .then(ready)
          .catch(() => false)
      )
        return;
      if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
        // One that never came up is not left running behind a failed test.
        child.kill('SIGKILL');
        throw new Error(`the server did not start:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }

  return {
    child,
    exited,
    output: () => output,
    readyWhen,
    async listening(timeoutMs) {
      await readyWhen(() => output.includes('"msg":"listening"'), { timeoutMs });
      const port = /"port":(\d+)/.exec(output)?.[1];
      if (!port) throw new Error(`the server did not log its port:\n${output}`);
      return `http://127.0.0.1:${port}`;
    },
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
