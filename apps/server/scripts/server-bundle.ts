import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { oneByteSource } from './one-byte-source.ts';

const bareSpecifier = /^[^./]/;
const jsonFile = /\.json$/;

/**
 * The production server as one ES module with its source map: our own workspace code
 * bundled, every npm package left to Node's loader (some find files beside themselves:
 * PGlite's WebAssembly, pino's transports). Compiled JavaScript spares production the
 * TypeScript loader: its hook thread, its transform cache and about 50 MiB of memory.
 * Adapters the composition root imports on demand become chunks of their own (`chunks/`
 * beside `outfile`), so a vendor's SDK is loaded only when that vendor is configured.
 */
export async function buildServerBundle(outfile: string): Promise<void> {
  const outdir = dirname(outfile);
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true }); // chunk names carry hashes: old ones would pile up
  const { outputFiles } = await build({
    write: false,
    entryPoints: { [basename(outfile, '.js')]: new URL('../src/main.ts', import.meta.url).pathname },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
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
      {
        // The trained models are megabytes of JSON: as a string given to JSON.parse they cost
        // V8 about half the memory of the same data compiled as an object literal.
        name: 'json-parsed-at-load',
        setup(server) {
          server.onLoad({ filter: jsonFile }, ({ path }) => ({
            contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    // Source maps still point at the right lines; columns after an escape drift by a few.
    writeFileSync(file.path, file.path.endsWith('.js') ? oneByteSource(file.text) : file.contents);
  }
}
