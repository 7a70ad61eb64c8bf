import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { spawnServerProcess, type ServerProcess } from './server-process.ts';

/** Where Retell's demo listens: its `src/index.ts` fixes the port. */
const referencePort = 8080;

/**
 * Retell's own Node custom-LLM demo (github.com/RetellAI/retell-custom-llm-node-demo), run
 * unmodified beside ours: `dir` is a checkout with its `npm install` done (its code is
 * never committed here). Its TypeScript is transpiled file by file (no bundling, no type
 * check) so it runs as plain Node like our bundle; its `openai` client reads the same fake
 * model server from `OPENAI_BASE_URL`.
 */
export async function startReferenceServer(dir: string, modelBaseURL: string): Promise<ServerProcess> {
  const sources = ['index.ts', 'server.ts', 'types.ts', 'llms/llm_openai_func_call.ts'].map((file) => join(dir, 'src', file));
  if (!sources.every((file) => existsSync(file))) throw new Error(`${dir} is not a checkout of retell-custom-llm-node-demo`);
  await build({
    entryPoints: sources,
    outdir: join(dir, 'dist-bench'),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  // It cannot be told another port: make sure what answers there is the demo, not a stranger.
  const taken = await fetch(`http://127.0.0.1:${referencePort}`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${referencePort} is in use; Retell's demo listens there`);
  return spawnServerProcess({
    entry: 'dist-bench/index.js',
    cwd: dir,
    port: referencePort,
    env: { NODE_ENV: 'development', OPENAI_APIKEY: 'sk-bench-fake', OPENAI_BASE_URL: modelBaseURL },
    // It has no health check: any HTTP answer means it listens.
    ready: async (url) => (await fetch(url)).status > 0,
  });
}
