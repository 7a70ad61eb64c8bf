import react from '@vitejs/plugin-react';
import { createLogger, defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { announceWhenApiReady } from './vite-announce.ts';

const api = process.env.VOXLY_API_URL ?? 'http://127.0.0.1:3001';

/** In development the API is proxied, so the session cookie stays same-origin on :3000. */
const proxied = ['/trpc', '/auth', '/sandbox', '/webhook', '/health', '/ready'];

/**
 * A room that closes mid-stream resets its proxied socket: expected, not an error worth a
 * stack trace in the developer's console. Everything else is logged as Vite would.
 */
const logger = createLogger();
const logError = logger.error.bind(logger);
logger.error = (message, options) => {
  const code = (options?.error as NodeJS.ErrnoException | undefined)?.code;
  if ((code === 'ECONNRESET' || code === 'EPIPE') && /ws proxy (socket )?error/.test(message)) return;
  // The API not listening yet (`npm start` brings it up after Vite): the page waits and asks
  // again, so one short line instead of a stack trace per request.
  if (code === 'ECONNREFUSED' && /proxy error/.test(message)) {
    logger.warn(`API at ${api} not answering yet; the page asks again`, { timestamp: true });
    return;
  }
  logError(message, options);
};

/**
 * Few files for the first screen: on a slow phone line each request waits a round trip for a
 * free connection (six per host over HTTP/1.1), so the automatic split's small shared chunks
 * (eight files for the landing, seven more for the dashboard) cost more than their bytes.
 * Everything the entry imports statically is one chunk; what the pages behind sign-in (and a
 * shared report) share is another: the tRPC client and query cache, the router, and the small
 * helpers the dashboard shares with other pages. Pages stay lazy.
 */
const chunkGroups = [
  { name: 'first-page', tags: ['$initial' as const], priority: 2 },
  {
    name: 'signed-in-shared',
    test: /node_modules[\\/](@tanstack|@trpc|superjson|copy-anything|is-what|wouter|regexparam)[\\/]|[\\/]src[\\/](api[\\/]|components[\\/]query-fallback|interview[\\/]session-summary|i18n[\\/]field-name)/,
    priority: 1,
  },
];

export default defineConfig({
  customLogger: logger,
  // Pre-compressed copies (brotli and gzip) next to each built file, served as they are: no
  // compression work per request, and brotli's better ratio for the browsers that take it.
  plugins: [
    announceWhenApiReady(api),
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/\.(map|png|jpe?g|webp|woff2?)$/] }),
  ],
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      ...Object.fromEntries(proxied.map((path) => [path, { target: api, changeOrigin: false }])),
      '/llm-websocket': { target: api, ws: true },
    },
  },
  preview: { port: 3000, strictPort: true },
  // The manifest tells the server which files the signed-in app needs (it preloads them).
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
});
