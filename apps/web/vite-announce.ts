import type { Plugin } from 'vite';

/** How long `npm start` waits for the API before it prints the address anyway (with a warning). */
const giveUpAfterMs = 120_000;

async function apiAnswers(healthUrl: string): Promise<boolean> {
  try {
    const response = await fetch(healthUrl, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * `npm start` runs the web dev server and the API side by side; Vite is up 10–30 s before the
 * API listens. Its address is printed only once the API's /health answers too, so the first
 * page anyone opens from the terminal finds both up.
 */
export function announceWhenApiReady(api: string): Plugin {
  return {
    name: 'voxly-announce-when-api-ready',
    apply: 'serve',
    configureServer(server) {
      const printUrls = server.printUrls.bind(server);
      const { logger } = server.config;
      server.printUrls = () => {
        logger.info(`  Waiting for Voxly's API at ${api} before printing the address…`);
        void (async () => {
          const started = Date.now();
          let up = await apiAnswers(`${api}/health`);
          while (!up && Date.now() - started < giveUpAfterMs) {
            await new Promise((resolve) => setTimeout(resolve, 500));
            up = await apiAnswers(`${api}/health`);
          }
          if (up) logger.info(`  Voxly is ready (API at ${api}):`);
          else logger.warn(`  Voxly's API at ${api} has not answered in ${giveUpAfterMs / 1000} s; the web app is up anyway:`);
          printUrls();
        })();
      };
    },
  };
}
