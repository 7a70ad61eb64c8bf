import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { callSocketPath, firstAnswerPaths, isWebRoute } from '@voxly/config';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { signedInPreloadTags } from './signed-in-preload.ts';

const apiPrefixes = ['/trpc', '/auth', '/webhook', callSocketPath, '/sandbox', '/health', '/ready'];

/**
 * Vite writes only content-hashed files into assets/ (and their .br/.gz copies): such a
 * file never changes, so it may be kept a year.
 */
const hashedAsset = /[\\/]assets[\\/][^\\/]+$/;

/** The landing page may be indexed; a candidate's interviews, reports (shared ones too) and payments never. */
const robots =
  'User-agent: *\nDisallow: /interview/\nDisallow: /feedback/\nDisallow: /shared/\nDisallow: /billing/\nDisallow: /sandbox/\nDisallow: /trpc/\n';

/**
 * The web app's first two questions, asked by the HTML itself: they travel beside the scripts
 * instead of after them (credentials included, as the app's own fetch asks, so it reuses them).
 */
const firstAnswerPreloads = Object.values(firstAnswerPaths)
  .map((path) => `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${path}">`)
  .join('');

/** The sample report is the web app's alone: it asks the API nothing. */
const sampleReport = /^\/sample-report\/?$/;

/** A shared report's page: its token is the only key, so no cache may keep it and no index list it. */
const sharedPage = /^\/shared\//;

function cacheHeaders(res: ServerResponse, path: string): void {
  if (hashedAsset.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else res.setHeader('Cache-Control', 'no-cache'); // index.html and unhashed files: revalidate each time
}

/**
 * Serves the built web app from the API port: the pre-compressed brotli or gzip copy when
 * the browser takes it, year-long immutable caching for hashed assets, `no-cache` for
 * index.html (so a deploy is picked up at once), a robots.txt, and index.html for
 * client-side routes (with 404 for a path that is none of the app's pages, where the app says
 * so: a search engine or a link checker hears it too), with the app's first two questions preloaded (but on the sample report)
 * and the signed-in app preloaded for a browser that has a session cookie (`sessionCookie`;
 * only a hint for loading, never a check of who is signed in).
 */
export function staticWebRoutes(dir: string, { sessionCookie }: { sessionCookie: string }): Router {
  const root = resolve(dir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`VOXLY_SERVE_WEB points at ${root}, which has no index.html: run npm run build first.`);
  const index = readFileSync(indexPath, 'utf8');
  const visitorIndex = index.replace('</head>', `${firstAnswerPreloads}</head>`);
  const signedInIndex = index.replace('</head>', `${firstAnswerPreloads}${signedInPreloadTags(root)}</head>`);
  const hasSessionCookie = new RegExp(`(?:^|;\\s*)${sessionCookie}=`);
  const routes = express.Router();
  // The app's icon is an SVG; a browser or tool that asks for the old name gets it too, not index.html.
  routes.get('/favicon.ico', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.redirect(301, '/favicon.svg');
  });
  routes.get('/robots.txt', (_req, res) => {
    res.type('text/plain').setHeader('Cache-Control', 'public, max-age=86400');
    res.send(robots);
  });
  routes.use(
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, cacheControl: false, setHeaders: cacheHeaders },
    }),
  );
  routes.get(/.*/, (req, res, next) => {
    if (apiPrefixes.some((prefix) => req.path.startsWith(prefix))) return next();
    if (sharedPage.test(req.path)) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Robots-Tag', 'noindex');
    } else res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Cookie');
    if (!isWebRoute(req.path)) res.status(404);
    const html = sampleReport.test(req.path) ? index : hasSessionCookie.test(req.headers.cookie ?? '') ? signedInIndex : visitorIndex;
    res.type('html').send(html);
  });
  return routes;
}
