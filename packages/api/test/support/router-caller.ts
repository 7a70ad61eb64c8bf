import type { DatabaseHandle } from '../../src/db/database.ts';
import type { VisitorHints } from '../../src/domain/billing/visitor-market.ts';
import type { VoicePort } from '../../src/ports/voice-port.ts';
import { appRouter } from '../../src/routers/app-router.ts';
import type { ApiServices, Identity } from '../../src/trpc/context.ts';
import { createCallerFactory } from '../../src/trpc/init.ts';

/** A service the procedures under test must not touch: using it fails the test. */
const unused = <T extends object>(name: string): T =>
  new Proxy({} as T, {
    get: (_target, property) => {
      throw new Error(`the procedure used ${name}.${String(property)}`);
    },
  });

const createCaller = createCallerFactory(appRouter);

/**
 * The router through tRPC's own caller (the inner context: services plus who is calling) on
 * an embedded database: no HTTP, no server. Every service is `unused` unless given; a call
 * may say what its request tells of the visitor (Accept-Language).
 */
export function routerCaller(handle: DatabaseHandle, given: Partial<ApiServices> = {}) {
  const services: ApiServices = {
    db: handle.db,
    modes: { auth: 'local', llm: 'scripted', voice: 'browser', payments: 'sandbox', database: 'pglite' },
    currency: 'BRL',
    voice: unused('voice'),
    classifyField: unused('classifyField'),
    payments: unused('payments'),
    directory: unused('directory'),
    checkoutUrls: unused('checkoutUrls'),
    sessions: unused('sessions'),
    feedback: unused('feedback'),
    publicSettings: {},
    ...given,
  };
  return (identity: Identity | null, visitor?: VisitorHints) => createCaller({ ...services, identity, ...(visitor ? { visitor } : {}) });
}

/** A browser voice port that registers every call and remembers which interviews it registered (none after a refusal). */
export function recordingVoice(): { voice: VoicePort; registered: string[] } {
  const registered: string[] = [];
  const voice: VoicePort = {
    mode: 'browser',
    registerCall: ({ interviewId }) => {
      registered.push(interviewId);
      return Promise.resolve({ callId: `call-${interviewId}`, accessToken: null, accessTokenExpiresAt: null });
    },
  };
  return { voice, registered };
}
