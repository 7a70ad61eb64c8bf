import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';

const apiPrefixes = ['/trpc', '/auth', '/webhook', '/llm-websocket', '/sandbox', '/health', '/ready'];

/** Serves the built web app from the API port, with index.html for client-side routes. */
export function staticWebRoutes(dir: string): Router {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`VOXLY_SERVE_WEB points at ${root}, which has no index.html: run npm run build first.`);
  const routes = express.Router();
  routes.use(express.static(root, { index: false, maxAge: '1h' }));
  routes.get(/.*/, (req, res, next) => {
    if (apiPrefixes.some((prefix) => req.path.startsWith(prefix))) return next();
    res.sendFile(index);
  });
  return routes;
}
