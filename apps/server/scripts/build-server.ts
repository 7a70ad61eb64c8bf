/**
 * `npm run build`: the server bundle production runs (`npm start`), in `dist/`. A path given
 * after the script builds it there instead (beside `dist/`, so npm packages still resolve).
 */
import { resolve } from 'node:path';
import { buildServerBundle } from './server-bundle.ts';

const [outfile] = process.argv.slice(2);
await buildServerBundle(outfile ? resolve(outfile) : new URL('../dist/main.js', import.meta.url).pathname);
