import type { Server } from 'node:http';

/** What Express 5's router (the `router` package) keeps for each `use` and each route. */
interface Layer {
  route?: { path: string | RegExp; methods: Record<string, boolean | undefined> };
  handle: { stack?: Layer[] };
  /** The path given to `use` ('/' when none). */
  rawPath?: unknown;
}

export interface PlainRoute {
  method: string;
  /** The path as declared: `/sandbox/checkout/:orderId`, or `/<source>/` for a RegExp (a catch-all). */
  path: string;
  /** Declared as a RegExp rather than a path. */
  pattern: boolean;
}

/** `METHOD path`, the key the sweep's cases are filed under. */
export const routeKey = ({ method, path }: PlainRoute) => `${method} ${path}`;

/** The live Express app's top router stack: the app is the HTTP server's request listener. */
const stackOf = (httpServer: Server): Layer[] =>
  (httpServer.listeners('request')[0] as unknown as { router: { stack: Layer[] } }).router.stack;

function routesIn(stack: Layer[]): PlainRoute[] {
  return stack.flatMap((layer): PlainRoute[] => {
    if (layer.route) {
      const { path, methods } = layer.route;
      return Object.keys(methods)
        .filter((method) => methods[method] && method !== '_all')
        .map((method) => ({
          method: method.toUpperCase(),
          path: path instanceof RegExp ? `/${path.source}/` : path,
          pattern: path instanceof RegExp,
        }));
    }
    // A mounted Router (every vendor's and the app's own route groups are mounted at the root).
    return layer.handle.stack ? routesIn(layer.handle.stack) : [];
  });
}

/**
 * Every plain Express route the running server answers, read from the live app's router
 * stack (the app is the HTTP server's request listener), so a route added anywhere shows up.
 */
export function plainRoutesOf(httpServer: Server): PlainRoute[] {
  const routes = routesIn(stackOf(httpServer));
  return [...new Map(routes.map((route) => [routeKey(route), route])).values()];
}

/**
 * The paths where a plain handler (not a route, not a router) is mounted with `use` at a
 * path of its own: `/trpc` (the typed API) and the rate limits in front of route groups.
 */
export function mountedPathsOf(httpServer: Server): string[] {
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) return [];
      if (layer.handle.stack) return walk(layer.handle.stack);
      return typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? [layer.rawPath] : [];
    });
  return [...new Set(walk(stackOf(httpServer)))];
}
