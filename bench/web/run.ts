/**
 * Size of what the browser downloads: the first page (the entry and its static imports: the
 * landing and sign-in a visitor meets), what signing in adds, and each page's lazy chunks,
 * gzip, from a production build. Lighthouse scores are `npm run bench:lighthouse`.
 *
 *   npm run bench:web
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { exitCode, verdictLine } from '../support/short-mode.ts';

const webRoot = fileURLToPath(new URL('../../apps/web/', import.meta.url));
const TARGET_FIRST_PAGE_KB = 120;
const outDir = mkdtempSync(join(tmpdir(), 'voxly-bench-web-'));

try {
  const result = (await build({
    root: webRoot,
    mode: 'production',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  })) as Rollup.RollupOutput;
  const chunks = new Map(result.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const css = result.output.filter((o): o is Rollup.OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'));
  // kB = 1,000 bytes, as Vite reports them.
  const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length / 1000;

  /** A chunk and everything it imports statically: what loads before it can run. */
  const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const sizeOf = (files: Iterable<string>) => [...files].reduce((kb, f) => kb + gz(chunks.get(f)!.code), 0);
  const byModule = (pattern: RegExp) => [...chunks.values()].filter((c) => Object.keys(c.modules).some((id) => pattern.test(id)));

  const entry = [...chunks.values()].find((c) => c.isEntry)!;
  const firstPage = closure(entry.fileName);
  const firstPageKb = sizeOf(firstPage);
  const entryCss = css.filter((a) => entry.viteMetadata?.importedCss.has(a.fileName));
  const cssKb = entryCss.reduce((kb, a) => kb + gz(a.source), 0);

  /** What opening a part downloads beyond what is already loaded (`loaded`). */
  const lazyFor = (pattern: RegExp, loaded: Set<string>) => {
    const files = new Set<string>();
    for (const chunk of byModule(pattern)) for (const f of closure(chunk.fileName)) if (!loaded.has(f)) files.add(f);
    return sizeOf(files);
  };
  // Pages behind sign-in are counted beyond the signed-in app they open from.
  const signedIn = new Set([...firstPage, ...byModule(/signed-in-app/).flatMap((c) => [...closure(c.fileName)])]);
  const rows: [string, number][] = [
    ['first page JS (entry + static imports)', firstPageKb],
    ['first page CSS', cssKb],
    ['signed-in app: tRPC, query cache, dashboard (lazy)', lazyFor(/signed-in-app/, firstPage)],
    ['new interview form (lazy)', lazyFor(/new-interview-page/, signedIn)],
    ['interview room, local mode (lazy)', lazyFor(/interview-room-page/, signedIn)],
    ['feedback page (lazy)', lazyFor(/feedback-page/, signedIn)],
    ['interview room, Retell mode (retell-client-js-sdk, lazy)', lazyFor(/retell-client-js-sdk/, signedIn)],
    ['progress chart (SVG, lazy)', lazyFor(/progress-chart/, signedIn)],
    ['feedback PDF (jsPDF, lazy)', lazyFor(/\/jspdf\//, signedIn)],
    ['resume PDF reader (unpdf, lazy)', lazyFor(/\/unpdf\//, signedIn)],
    ['resume DOCX reader (mammoth, lazy)', lazyFor(/\/mammoth\//, signedIn)],
    ['Clerk sign-in (lazy)', lazyFor(/@clerk\/react/, firstPage)],
  ];
  for (const [label, kb] of rows) console.log(`${label.padEnd(58)} ${kb.toFixed(1).padStart(7)} kB gzip`);
  // What the server actually sends a browser that takes brotli (the build writes .br copies).
  const brotliKb = [...firstPage].reduce(
    (kb, f) => kb + brotliCompressSync(chunks.get(f)?.code ?? '', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1000,
    0,
  );
  console.log(`${'first page JS as served (brotli)'.padEnd(58)} ${brotliKb.toFixed(1).padStart(7)} kB br`);
  // Sizes do not depend on the machine: judged in short mode too.
  const met = firstPageKb <= TARGET_FIRST_PAGE_KB;
  console.log(verdictLine(`web target (first page ≤ ${TARGET_FIRST_PAGE_KB} kB gzip of JS)`, met, `${firstPageKb.toFixed(1)} kB`));
  process.exitCode = exitCode(met, met);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
