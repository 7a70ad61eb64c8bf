import express, { type Router } from 'express';

/** /health: the process answers. /ready: it can reach its database too. */
export function healthRoutes(ping: () => Promise<void>): Router {
  const routes = express.Router();
  routes.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  routes.get('/ready', async (_req, res) => {
    try {
      await Promise.race([
        ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), 2_000).unref()),
      ]);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  return routes;
}
