import { WebSocket, type ClientOptions } from 'ws';

export type RetellOutbound = {
  response_type: string;
  response_id?: number;
  interrupt_id?: number;
  content?: string;
  content_complete?: boolean;
  end_call?: boolean;
  timestamp?: number;
  config?: { auto_reconnect: boolean; call_details: boolean };
};

export interface Turn {
  role: 'agent' | 'user';
  content: string;
}

/**
 * Retell's side of the Custom LLM WebSocket, as a test client over a real socket: it
 * sends interaction events with the whole transcript, and collects our responses.
 */
export class RetellSimulator {
  readonly received: RetellOutbound[] = [];
  readonly transcript: Turn[] = [];
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;
  private nextResponseId = 1;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as RetellOutbound);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  /** Opens the socket; rejects with the HTTP status when the server refuses the upgrade. */
  static connect(url: string, headers: Record<string, string> = {}, options: ClientOptions = {}): Promise<RetellSimulator> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, ...options });
      const sim = new RetellSimulator(ws);
      ws.once('open', () => resolve(sim));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  private wake() {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits until `check` returns something (checked on every new frame). */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; received: ${JSON.stringify(this.received.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  send(event: object): void {
    this.ws.send(JSON.stringify(event));
  }

  chunksFor(responseId: number): RetellOutbound[] {
    return this.received.filter((m) => m.response_type === 'response' && m.response_id === responseId);
  }

  /** The full text of a response once its last chunk arrived. */
  async responseText(responseId: number, timeoutMs = 5_000): Promise<{ text: string; endCall: boolean }> {
    const chunks = await this.waitFor(() => {
      const all = this.chunksFor(responseId);
      return all.some((c) => c.content_complete) ? all : undefined;
    }, timeoutMs);
    return { text: chunks.map((c) => c.content ?? '').join(''), endCall: chunks.some((c) => c.end_call === true) };
  }

  /** Waits for the begin message and records it as the agent's first line. */
  async greeting(): Promise<string> {
    const { text } = await this.responseText(0);
    if (text) this.transcript.push({ role: 'agent', content: text });
    return text;
  }

  /** The candidate says something, Retell asks for a response, and we wait for all of it. */
  async say(content: string, kind: 'response_required' | 'reminder_required' = 'response_required', timeoutMs = 5_000) {
    if (content) this.transcript.push({ role: 'user', content });
    const responseId = this.nextResponseId;
    this.nextResponseId += 1;
    this.send({ interaction_type: kind, response_id: responseId, transcript: this.transcript });
    const reply = await this.responseText(responseId, timeoutMs);
    if (reply.text) this.transcript.push({ role: 'agent', content: reply.text });
    return { responseId, ...reply };
  }

  /** Sends a response_required without waiting, for interleaving tests. */
  ask(responseId: number, userLine?: string): void {
    if (userLine) this.transcript.push({ role: 'user', content: userLine });
    this.nextResponseId = Math.max(this.nextResponseId, responseId + 1);
    this.send({ interaction_type: 'response_required', response_id: responseId, transcript: this.transcript });
  }

  async waitClosed(timeoutMs = 5_000) {
    return this.waitFor(() => this.closed ?? undefined, timeoutMs);
  }

  close(code?: number): void {
    this.ws.close(code);
  }
}
