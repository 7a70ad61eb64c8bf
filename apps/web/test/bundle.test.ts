// @vitest-environment node
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(tmpdir(), `voxly-web-bundle-${process.pid}`);

/** Modules that must never reach a browser: our server code and server-only libraries. */
const serverOnly = [
  /\/packages\/api\//,
  /\/apps\/server\//,
  /\/packages\/prompts\//,
  /node_modules\/(drizzle-orm|pg|pg-pool|@electric-sql|express|openai|mercadopago|retell-sdk|@clerk\/express|@clerk\/backend|pino|jose)\//,
  /node_modules\/@trpc\/server\/dist\/adapters\//,
  /\/packages\/config\/src\/(env|server)\.ts/,
];

describe('the web bundle', () => {
  let chunks: Rollup.OutputChunk[] = [];
  beforeAll(async () => {
    const result = (await build({
      root: webRoot,
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    })) as Rollup.RollupOutput;
    chunks = result.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('contains no server module: the router is imported as a type only', () => {
    const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.some((id) => id.includes('/apps/web/src/'))).toBe(true);
    const leaked = modules.filter((id) => serverOnly.some((pattern) => pattern.test(id)));
    expect(leaked).toEqual([]);
  });

  it('keeps Clerk out of the first page: it is a lazy chunk', () => {
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    expect(Object.keys(entry.modules).some((id) => id.includes('@clerk'))).toBe(false);
    expect(chunks.some((chunk) => !chunk.isEntry && Object.keys(chunk.modules).some((id) => id.includes('@clerk/react')))).toBe(true);
  });

  it('loads the first screen in few requests: the entry and the runtime; the signed-in app adds two', () => {
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(fileName)) return seen;
      seen.add(fileName);
      for (const imported of byName.get(fileName)?.imports ?? []) closure(imported, seen);
      return seen;
    };
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const firstPage = closure(entry.fileName);
    // Each request waits for a free connection on a slow line: the automatic split made eight here.
    expect([...firstPage].length, [...firstPage].join(', ')).toBeLessThanOrEqual(2);
    // The first two answers are plain JSON: superjson waits for the API client.
    const firstPageModules = [...firstPage].flatMap((file) => Object.keys(byName.get(file)?.modules ?? {}));
    expect(firstPageModules.filter((id) => id.includes('/superjson/'))).toEqual([]);
    const signedIn = chunks.find((chunk) => Object.keys(chunk.modules).some((id) => id.endsWith('/src/app/signed-in-app.tsx')))!;
    const beyond = [...closure(signedIn.fileName)].filter((file) => !firstPage.has(file));
    expect(beyond.length, beyond.join(', ')).toBeLessThanOrEqual(2);
  });

  it('ships no secret-looking strings', () => {
    const found = chunks.flatMap((chunk) => {
      const code = readFileSync(join(outDir, chunk.fileName), 'utf8');
      const pattern =
        /sk_(test|live)_[A-Za-z0-9]{8,}|VOXLY_SESSION_SECRET|MERCADOPAGO_ACCESS_TOKEN|OPENAI_API_KEY|RETELL_API_KEY|CLERK_SECRET_KEY/g;
      return [...code.matchAll(pattern)].map((m) => `${chunk.fileName}: ${m[0]}`);
    });
    expect(found).toEqual([]);
  });
});
