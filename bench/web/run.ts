/**
 * Size of what the browser downloads: the first page (the entry and its static imports)
 * and the interview room (plus its lazy chunks), gzip, from a production build.
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
const TARGET_FIRST_PAGE_KB = 150;
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

  const lazyFor = (pattern: RegExp) => {
    const files = new Set<string>();
    for (const chunk of byModule(pattern)) for (const f of closure(chunk.fileName)) if (!firstPage.has(f)) files.add(f);
    return sizeOf(files);
  };
  const rows: [string, number][] = [
    ['first page JS (entry + static imports)', firstPageKb],
    ['first page CSS', cssKb],
    ['new interview form (lazy)', lazyFor(/new-interview-page/)],
    ['interview room, local mode (lazy)', lazyFor(/interview-room-page/)],
    ['feedback page (lazy)', lazyFor(/feedback-page/)],
    ['interview room, Retell mode (retell-client-js-sdk, lazy)', lazyFor(/retell-client-js-sdk/)],
    ['progress chart (uPlot, lazy)', lazyFor(/\/uplot\//)],
    ['feedback PDF (jsPDF, lazy)', lazyFor(/\/jspdf\//)],
    ['resume PDF reader (unpdf, lazy)', lazyFor(/\/unpdf\//)],
    ['resume DOCX reader (mammoth, lazy)', lazyFor(/\/mammoth\//)],
    ['Clerk sign-in (lazy)', lazyFor(/@clerk\/react/)],
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
