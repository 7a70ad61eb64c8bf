import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./fake-model-server.ts', import.meta.url));

export interface ModelProcess {
  baseURL: string;
  stats(): Promise<{ requests: number; promptTokens: number; completionTokens: number; aborted: number }>;
  reset(): Promise<void>;
  stop(): void;
}

/** The fake streaming model server in its own process, with its first-token delay. */
export async function startModelProcess(options: { firstTokenMs: number; tokens?: number; tokenGapMs?: number }): Promise<ModelProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      PATH: process.env.PATH ?? '',
      FIRST_TOKEN_MS: String(options.firstTokenMs),
      TOKENS: String(options.tokens ?? 24),
      TOKEN_GAP_MS: String(options.tokenGapMs ?? 0),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', () => reject(new Error('the fake model server exited')));
    child.stdout?.on('data', (data: Buffer) => {
      const match = /listening (\d+)/.exec(data.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${url}/v1`,
    stats: async () => (await (await fetch(`${url}/stats`)).json()) as Awaited<ReturnType<ModelProcess['stats']>>,
    reset: async () => void (await fetch(`${url}/reset`, { method: 'POST' })),
    stop: () => void child.kill('SIGTERM'),
  };
}
