/** `npm run build`: the server bundle production runs (`npm start`), in `dist/`. */
import { buildServerBundle } from './server-bundle.ts';

await buildServerBundle(new URL('../dist/main.js', import.meta.url).pathname);
