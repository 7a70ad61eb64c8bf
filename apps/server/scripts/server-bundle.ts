import { build } from 'esbuild';

const bareSpecifier = /^[^./]/;

/**
 * The production server as one ES module with its source map: our own workspace code
 * bundled, every npm package left to Node's loader (some find files beside themselves:
 * PGlite's WebAssembly, pino's transports). Compiled JavaScript spares production the
 * TypeScript loader: its hook thread, its transform cache and about 50 MiB of memory.
 */
export async function buildServerBundle(outfile: string): Promise<void> {
  await build({
    entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-packages-external',
        setup(server) {
          server.onResolve({ filter: bareSpecifier }, ({ path }) => (path.startsWith('@voxly/') ? undefined : { path, external: true }));
        },
      },
    ],
  });
}
