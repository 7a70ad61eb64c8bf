import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CreatedWebCall {
  agent_id: string;
  metadata?: Record<string, unknown>;
}

export type WebCallVersion = 'v2' | 'v3';

/**
 * Retell's REST API as far as we use it, speaking its JSON, so the real `retell-sdk` runs
 * against it through its baseURL option: `POST /v2/create-web-call` (the full web-call
 * object, joined by retell-client-js-sdk 2.x), `POST /v3/create-web-call` (a gateway token
 * for the 3.x client only) and `GET /v2/get-call/:id`, each in the shape of its documented
 * answer (`retell-fixtures/documented-responses.ts`; `fake-retell.test.ts` checks them).
 */
export class FakeRetell {
  readonly created: CreatedWebCall[] = [];
  /** The create-web-call version each call was created with, by call id. */
  readonly versionOf = new Map<string, WebCallVersion>();
  readonly authorization: string[] = [];
  /** The call ids asked for through `GET /v2/get-call/:id` (the SDK's `call.retrieve`), in order. */
  readonly retrieved: string[] = [];
  /** How many of the next get-call requests fail with a 500. */
  failRetrieves = 0;
  /** How many of the next create-web-call requests fail with a 500. */
  failCreates = 0;
  /** A Retell that answers v2 requests with a v3 gateway token (what the server must refuse to hand on). */
  v2AnswersGateway = false;
  /** How long a v3 gateway token lives (its `expires_at`). */
  v3TokenLifetimeMs = 60_000;
  baseURL = '';
  private server: Server;
  private calls = new Map<string, Record<string, unknown>>();

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** The version whose create-web-call issued this access token, if any did. */
  tokenVersion(accessToken: string): WebCallVersion | undefined {
    for (const [callId, call] of this.calls) if (call.access_token === accessToken) return this.versionOf.get(callId);
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let body = '';
    for await (const chunk of req) body += chunk;
    this.authorization.push(req.headers.authorization ?? '');
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    const create = /^\/(v2|v3)\/create-web-call$/.exec(req.url ?? '');
    if (req.method === 'POST' && create) {
      if (this.failCreates > 0) {
        this.failCreates -= 1;
        return json(500, { status: 'error', message: 'fake outage' });
      }
      const version = create[1] as WebCallVersion;
      const input = JSON.parse(body) as CreatedWebCall;
      this.created.push(input);
      const n = this.created.length;
      const call = {
        call_type: 'web_call',
        access_token: version === 'v2' ? `eyJ.fake-v2-access-token-${n}` : `gw_fake-v3-gateway-token-${n}`,
        call_id: `call_${n.toString().padStart(6, '0')}`,
        agent_id: input.agent_id,
        agent_version: 1,
        call_status: 'registered',
        metadata: input.metadata ?? {},
      };
      this.calls.set(call.call_id, call);
      this.versionOf.set(call.call_id, version);
      if (version === 'v2' && !this.v2AnswersGateway) return json(201, call);
      // v3 answers only the gateway connection, never the call object.
      return json(201, {
        access_token: call.access_token,
        call_id: call.call_id,
        expires_at: Date.now() + this.v3TokenLifetimeMs,
        ice_servers: [{ urls: ['turn:127.0.0.1:3478'], username: 'fake', credential: 'fake' }],
        transport: 'gateway',
      });
    }
    const get = /^\/v2\/get-call\/([^/]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && get) {
      this.retrieved.push(get[1]!);
      if (this.failRetrieves > 0) {
        this.failRetrieves -= 1;
        return json(500, { status: 'error', message: 'fake outage' });
      }
      const call = this.calls.get(get[1]!);
      return call ? json(200, call) : json(404, { status: 'error', message: 'not found' });
    }
    json(404, { status: 'error', message: 'no such route' });
  }

  /** What Retell knows once a call has happened (status, disconnection reason, transcript with word timings, `recording_url`). */
  updateCall(callId: string, fields: Record<string, unknown>): void {
    const call = this.calls.get(callId);
    if (!call) throw new Error(`fake Retell has no call ${callId}`);
    Object.assign(call, fields);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseURL = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
