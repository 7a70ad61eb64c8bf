import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import express, { type Router } from 'express';
import type { Registry } from 'prom-client';

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** GET /metrics on the public port, for a scraper that sends `Authorization: Bearer <token>`. */
export function metricsRoutes(registry: Registry, token: string): Router {
  const routes = express.Router();
  routes.get('/metrics', async (req, res) => {
    const given = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1] ?? '';
    if (!sameToken(given, token)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'A metrics token is required.' });
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  return routes;
}

/** /metrics alone on an internal port (no token): bind it where only the scraper reaches. */
export async function startMetricsServer(registry: Registry, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
