import pg from 'pg';
import { WebSocket } from 'ws';

/** Signs in one local user, grants it `calls` credits and registers that many interviews. */
export async function registerCalls(serverUrl: string, databaseUrl: string, calls: number): Promise<{ cookie: string; callIds: string[] }> {
  const signIn = await fetch(`${serverUrl}/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench User' }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`insert into users (id, name) values ('local:bench-user', 'Bench User') on conflict do nothing`);
    await client.query(`insert into credit_ledger (user_id, delta, reason) values ('local:bench-user', $1, 'grant')`, [calls]);
  } finally {
    await client.end();
  }
  const create = async () => {
    const response = await fetch(`${serverUrl}/trpc/interview.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        json: {
          candidateName: 'Bench Candidate',
          jobTitle: 'Senior Backend Engineer',
          jobDescription: 'Design and operate microservices in TypeScript on AWS with Kubernetes.',
          resumeText: 'Backend engineer with seven years of Node.js, TypeScript, Kubernetes and AWS in production.',
          language: 'en',
        },
      }),
    });
    if (!response.ok) throw new Error(`interview.create failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { result: { data: { json: { callId: string } } } };
    return body.result.data.json.callId;
  };
  const callIds: string[] = [];
  // A few at a time: registration is not what is measured, and a model's field check takes a while.
  for (let i = 0; i < calls; i += 10) callIds.push(...(await Promise.all(Array.from({ length: Math.min(10, calls - i) }, create))));
  return { cookie, callIds };
}

/** The LLM socket secret a bench server in Retell mode is given (Retell dials it as a path segment). */
const retellSocketSecret = 'bench-socket-secret-0123456789';

/** A server's voice in Retell mode, its REST API at `baseURL` (a `FakeRetell`): production's way. */
export const retellVoiceEnv = (baseURL: string) => ({
  RETELL_API_KEY: 'key_bench_fake',
  RETELL_AGENT_ID: 'agent_bench',
  RETELL_BASE_URL: baseURL,
  RETELL_LLM_WEBSOCKET_SECRET: retellSocketSecret,
});

/** How a call's socket is reached: as Retell dials it, or as the signed-in browser does in local voice mode. */
export interface SocketRoute {
  path(callId: string): string;
  headers?: Record<string, string>;
}
export const retellRoute: SocketRoute = { path: (callId) => `/llm-websocket/${retellSocketSecret}/${callId}` };
export const browserRoute = (cookie: string | null): SocketRoute => ({
  path: (callId) => `/llm-websocket/${callId}`,
  ...(cookie ? { headers: { cookie } } : {}),
});

export interface BenchCall {
  ws: WebSocket;
  /** Socket opened → greeting complete, in ms. */
  greetingMs: number;
  /** Resolves with the time of the first chunk of a response id. */
  firstChunk: Map<number, (t: number) => void>;
  complete: Map<number, () => void>;
}

/**
 * Opens a call's socket as Retell would (answering a config that asks for `call_details`
 * with the call's details) and waits for the greeting.
 */
export async function openCall(url: string, route: SocketRoute, callId: string): Promise<BenchCall> {
  const startedAt = performance.now();
  const ws = new WebSocket(`${url.replace('http', 'ws')}${route.path(callId)}`, route.headers ? { headers: route.headers } : {});
  const call: BenchCall = { ws, greetingMs: 0, firstChunk: new Map(), complete: new Map() };
  const greeted = new Promise<void>((resolve) => call.complete.set(0, resolve));
  ws.on('message', (data) => {
    const now = performance.now();
    const event = JSON.parse(data.toString()) as {
      response_type: string;
      response_id?: number;
      content?: string;
      content_complete?: boolean;
      config?: { call_details?: boolean };
    };
    if (event.response_type === 'config' && event.config?.call_details)
      ws.send(
        JSON.stringify({ interaction_type: 'call_details', call: { call_id: callId, metadata: {}, retell_llm_dynamic_variables: {} } }),
      );
    if (event.response_type !== 'response' || event.response_id === undefined) return;
    const first = call.firstChunk.get(event.response_id);
    if (first && (event.content || event.content_complete)) {
      call.firstChunk.delete(event.response_id);
      first(now);
    }
    if (event.content_complete) call.complete.get(event.response_id)?.();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  await greeted;
  call.greetingMs = performance.now() - startedAt;
  return call;
}

/**
 * Sends `response_required` for the transcript as it stands and waits for the whole reply;
 * resolves with the time from sending to the reply's first chunk (what the candidate hears).
 */
export async function askForReply(
  call: BenchCall,
  responseId: number,
  transcript: readonly { role: string; content: string }[],
): Promise<number> {
  const first = new Promise<number>((resolve) => call.firstChunk.set(responseId, resolve));
  const done = new Promise<void>((resolve) => call.complete.set(responseId, resolve));
  const sentAt = performance.now();
  call.ws.send(JSON.stringify({ interaction_type: 'response_required', response_id: responseId, transcript }));
  const latency = (await first) - sentAt;
  await done;
  return latency;
}
