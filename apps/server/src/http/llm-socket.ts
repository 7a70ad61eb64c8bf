import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  parseFrame,
  turnsOf,
  type InterviewSession,
  type SeenTurns,
  type SessionRegistry,
  type SessionTransport,
} from '@voxly/api/interview';
import type { AuthPort } from '@voxly/api/router';
import { callSocketCloseCodes, callSocketPath } from '@voxly/config';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logging/logger.ts';
import { coalesceWrites } from './coalesce-writes.ts';
import { isSameSite } from './same-site.ts';

const llmSocketLimits = {
  /** Retell sends the whole transcript each turn: 15 minutes of speech is well under this. */
  maxPayloadBytes: 512 * 1024,
  /** Frames per second a call may send on average, and the burst it may save up. */
  framesPerSecond: 20,
  frameBurst: 60,
  /** A call that keeps flooding after its burst is closed. */
  maxDroppedFrames: 200,
  /** Unsent bytes a slow reader may pile up before its socket is dropped (it reconnects). */
  maxBufferedBytes: 1024 * 1024,
} as const;

export interface SocketGuards {
  callsPerInstance: number;
  callsPerUser: number;
  /** Protocol pings; a peer that misses one round is gone. */
  heartbeatMs: number;
  /** No message at all (pings aside) for this long: the call was abandoned. */
  idleTimeoutMs: number;
}

export const defaultSocketGuards: Omit<SocketGuards, 'callsPerInstance' | 'callsPerUser'> = {
  heartbeatMs: 15_000,
  idleTimeoutMs: 10 * 60_000,
};

/** Close codes the peer can act on (the shared vocabulary's): 4002 idle (do not retry), 1013 try again later. */
const socketCloseCodes = callSocketCloseCodes;

const browserCallPath = new RegExp(`^${callSocketPath}/([A-Za-z0-9_-]{1,128})/?$`);
const retellCallPath = new RegExp(`^${callSocketPath}/([A-Za-z0-9_-]{24,128})/([A-Za-z0-9_-]{1,128})/?$`);

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * Who may open a call's socket. Browser voice: the interview's owner, from a page of our
 * web origin. Retell: only Retell, which dials the URL configured on the agent,
 * `/llm-websocket/<secret>/<call_id>`; the candidate never sees the secret, and an
 * address allowlist can narrow it further.
 */
export type LlmSocketAccess =
  | { kind: 'owner'; webOrigin: string }
  | { kind: 'retell'; secret: string; allowedIps?: readonly string[] | undefined; clientAddress: (request: IncomingMessage) => string };

/** The call id a request may open, or the refusal to answer. */
function admit(request: IncomingMessage, access: LlmSocketAccess): { callId: string } | { status: number; message: string } {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (access.kind === 'owner') {
    const match = browserCallPath.exec(pathname);
    if (!match?.[1]) return { status: 404, message: 'Not Found' };
    // A page on another site must not ride on the candidate's cookie (cross-site WebSocket hijacking).
    if (!isSameSite(request, access.webOrigin)) return { status: 403, message: 'Wrong origin' };
    return { callId: match[1] };
  }
  const match = retellCallPath.exec(pathname);
  if (!match?.[1] || !match[2] || !sameSecret(match[1], access.secret)) return { status: 404, message: 'Not Found' };
  if (access.allowedIps && !access.allowedIps.includes(access.clientAddress(request))) return { status: 403, message: 'Forbidden' };
  return { callId: match[2] };
}

function refuse(socket: Duplex, status: number, message: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}

/** Token bucket per socket: cheap, and bounded whatever the peer does. */
function frameBudget(now: () => number) {
  let tokens: number = llmSocketLimits.frameBurst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(llmSocketLimits.frameBurst, tokens + ((t - last) / 1000) * llmSocketLimits.framesPerSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export interface LlmSocketOptions {
  registry: SessionRegistry;
  auth: AuthPort;
  access: LlmSocketAccess;
  logger: Logger;
  guards: SocketGuards;
  /** Every call socket's close code (metrics). */
  onClose?: (code: number) => void;
}

/**
 * `/llm-websocket/:callId`: Retell's Custom LLM WebSocket (or the browser, in local mode).
 * Only registered, unfinished calls are accepted, before any model is called; one live
 * socket per call (a newer one replaces the older); frames are size- and rate-bounded;
 * a frame that is not valid protocol is logged and ignored, never fatal.
 */
export function attachLlmSocket(httpServer: Server, options: LlmSocketOptions): WebSocketServer {
  const { registry, auth, access, logger, guards, onClose } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: llmSocketLimits.maxPayloadBytes });
  // One sweep per heartbeat, not a timer per message: it finds peers that vanished without
  // closing (no pong since the last ping) and calls gone quiet (no message for the idle timeout).
  const alive = new WeakMap<WebSocket, boolean>();
  const lastMessageAt = new WeakMap<WebSocket, number>();
  const heartbeat = setInterval(
    () => {
      const now = Date.now();
      for (const ws of wss.clients) {
        if (alive.get(ws) === false) {
          ws.terminate();
          continue;
        }
        if (now - (lastMessageAt.get(ws) ?? now) >= guards.idleTimeoutMs) {
          logger.info({}, 'LLM socket idle, closed');
          ws.close(socketCloseCodes.idle, 'idle');
          continue;
        }
        alive.set(ws, false);
        ws.ping();
      }
    },
    Math.min(guards.heartbeatMs, guards.idleTimeoutMs),
  );
  heartbeat.unref();
  wss.on('close', () => clearInterval(heartbeat));

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const admitted = admit(request, access);
    if ('status' in admitted) return refuse(socket, admitted.status, admitted.message);
    const { callId } = admitted;
    void (async () => {
      const reconnect = registry.get(callId)?.isConnected === true;
      if (!reconnect && registry.connected >= guards.callsPerInstance) return refuse(socket, 503, 'Server busy');
      // The call and the caller are looked up side by side: neither answer depends on the other.
      const [session, identity] = await Promise.all([registry.open(callId), access.kind === 'owner' ? auth.identify(request) : undefined]);
      if (!session) return refuse(socket, 404, 'Unknown or ended call');
      if (access.kind === 'owner' && identity?.userId !== session.userId) {
        registry.release(callId);
        return refuse(socket, 403, 'Not your call');
      }
      // A socket replacing a live one is always let in; a new call counts against its user's cap.
      if (!reconnect && registry.connectedCallsOf(session.userId) >= guards.callsPerUser) {
        registry.release(callId);
        return refuse(socket, 429, 'Too many calls at once');
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        alive.set(ws, true);
        lastMessageAt.set(ws, Date.now());
        ws.on('pong', () => alive.set(ws, true));
        ws.on('message', () => lastMessageAt.set(ws, Date.now()));
        if (onClose) ws.on('close', (code) => onClose(code));
        serveCall(ws, socket, session, logger);
      });
    })().catch((error: unknown) => {
      logger.error({ err: error, callId }, 'LLM socket upgrade failed');
      refuse(socket, 503, 'Service Unavailable');
    });
  });
  return wss;
}

function serveCall(ws: WebSocket, socket: Duplex, session: InterviewSession, logger: Logger): void {
  const log = logger.child({ callId: session.callId });
  const batchWrites = coalesceWrites(socket);
  const transport: SessionTransport = {
    send(event) {
      if (ws.readyState !== WebSocket.OPEN) return;
      // Back-pressure: a reader this far behind would only grow our memory; it can reconnect.
      if (ws.bufferedAmount > llmSocketLimits.maxBufferedBytes) {
        log.warn({ buffered: ws.bufferedAmount }, 'LLM socket reader too slow, dropped');
        ws.close(socketCloseCodes.tooMuchBuffered, 'reader too slow');
        return;
      }
      batchWrites();
      ws.send(JSON.stringify(event));
    },
    close(code, reason) {
      ws.close(code, reason);
    },
  };
  const allow = frameBudget(Date.now);
  let dropped = 0;
  // The last accepted transcript: every frame repeats it, and only its new turns need checking.
  let seen: SeenTurns = [];

  ws.on('message', (data, isBinary) => {
    if (!allow()) {
      dropped += 1;
      if (dropped === 1 || dropped % 50 === 0) log.warn({ dropped }, 'LLM socket frames over the rate limit dropped');
      if (dropped > llmSocketLimits.maxDroppedFrames) ws.close(socketCloseCodes.flooding, 'too many frames');
      return;
    }
    if (isBinary) return log.warn({}, 'binary frame ignored');
    const frame = parseFrame(
      Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'),
      seen,
    );
    if (!frame.ok) {
      if (frame.reason !== 'unknown-type') log.warn({ reason: frame.reason, detail: frame.detail }, 'LLM socket frame ignored');
      return;
    }
    seen = turnsOf(frame.event) ?? seen;
    session.handle(frame.event);
  });
  ws.on('close', () => session.detach(transport));
  ws.on('error', (error) => log.warn({ err: error }, 'LLM socket error'));
  session.attach(transport);
}
