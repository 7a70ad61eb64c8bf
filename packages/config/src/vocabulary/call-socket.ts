/**
 * The call's socket (Retell's Custom LLM WebSocket, or the browser in local mode). Retell dials
 * `<path>/<secret>/<call_id>`; the owner's browser dials `<path>/<call_id>`.
 */
export const callSocketPath = '/llm-websocket';

/** Where the owner's browser joins its call in local mode. */
export const browserCallSocketPath = (callId: string): string => `${callSocketPath}/${callId}`;

/**
 * The close codes the server sends and the peers act on: 1000 the interview ended; 4001 replaced by
 * a newer connection for the same call (the browser does not reconnect); 4002 idle (do not retry);
 * 1012 service restart (Retell and our browser client reconnect, possibly to another instance);
 * 1013 the reader is too slow, try again later; 1008 too many frames.
 */
export const callSocketCloseCodes = {
  ended: 1000,
  replaced: 4001,
  idle: 4002,
  restarting: 1012,
  tooMuchBuffered: 1013,
  flooding: 1008,
} as const;
