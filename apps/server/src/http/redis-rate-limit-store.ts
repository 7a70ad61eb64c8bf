import type { Store } from 'express-rate-limit';
import type { Logger } from '../logging/logger.ts';

export interface SharedCounters {
  /** A store for one limiter's counters, under its own key prefix. */
  store(prefix: string): Store;
  close(): Promise<void>;
}

/**
 * Rate-limit counters in Redis, shared by every instance. The Redis client and its store
 * are imported here, only when REDIS_URL is set: a process without Redis does not carry
 * them (about 12 MiB resident).
 */
export async function connectSharedCounters(url: string, logger: Logger): Promise<SharedCounters> {
  const [{ createClient }, { RedisStore }] = await Promise.all([import('redis'), import('rate-limit-redis')]);
  const redis = createClient({
    url,
    socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(retries * 200, 5_000) },
  });
  redis.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis (rate limits) error'));
  await redis.connect();
  return {
    store: (prefix) => new RedisStore({ prefix: `voxly:rl:${prefix}:`, sendCommand: (...args: string[]) => redis.sendCommand(args) }),
    async close() {
      if (redis.isOpen) await redis.close();
    },
  };
}
