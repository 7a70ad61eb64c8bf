import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CreatedWebCall {
  agent_id: string;
  metadata?: Record<string, unknown>;
}

/**
 * Retell's REST API as far as we use it (`POST /v3/create-web-call`, `GET /v2/get-call/:id`),
 * speaking its JSON, so the real `retell-sdk` runs against it through its baseURL option.
 */
export class FakeRetell {
  readonly created: CreatedWebCall[] = [];
  readonly authorization: string[] = [];
  /** The call ids asked for through `GET /v2/get-call/:id` (the SDK's `call.retrieve`), in order. */
  readonly retrieved: string[] = [];
  /** How many of the next get-call requests fail with a 500. */
  failRetrieves = 0;
  /** How many of the next create-web-call requests fail with a 500. */
  failCreates = 0;
  baseURL = '';
  private server: Server;
  private calls = new Map<string, Record<string, unknown>>();

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let body = '';
    for await (const chunk of req) body += chunk;
    this.authorization.push(req.headers.authorization ?? '');
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.method === 'POST' && req.url === '/v3/create-web-call') {
      if (this.failCreates > 0) {
        this.failCreates -= 1;
        return json(500, { status: 'error', message: 'fake outage' });
      }
      const input = JSON.parse(body) as CreatedWebCall;
      this.created.push(input);
      const call = {
        call_type: 'web_call',
        call_id: `call_${this.created.length.toString().padStart(6, '0')}`,
        agent_id: input.agent_id,
        agent_version: 1,
        call_status: 'registered',
        access_token: `eyJ.fake-access-token-${this.created.length}`,
        metadata: input.metadata ?? {},
      };
      this.calls.set(call.call_id, call);
      return json(201, call);
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
