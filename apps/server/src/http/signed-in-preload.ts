import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of Vite's build manifest (`build.manifest`) this reads. */
type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/** The module the web app loads once someone is signed in (apps/web/src/app/signed-in-app.tsx). */
const signedInModule = 'src/app/signed-in-app.tsx';

/** The files of these chunks and of everything they import statically. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/**
 * `<link rel="modulepreload">` tags for the signed-in app and what it imports beyond the
 * entry, from the build manifest; empty when the build has none. The landing never needs
 * these files, so only a browser that carries a session cookie is told to fetch them beside
 * the entry: a returning candidate's dashboard saves a round trip, a visitor downloads nothing.
 */
export function signedInPreloadTags(webRoot: string): string {
  const path = join(webRoot, '.vite', 'manifest.json');
  if (!existsSync(path)) return '';
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const linkedByIndex = closure(
    manifest,
    Object.keys(manifest).filter((key) => manifest[key]?.isEntry),
  );
  return [...closure(manifest, [signedInModule])]
    .filter((file) => !linkedByIndex.has(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
}
