import { pino, type Logger } from 'pino';

/**
 * Paths never written to the log: credentials, cookies, signatures, and the candidate's
 * own documents.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-signature"]',
  'req.headers["x-retell-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.secret',
  '*.apiKey',
  '*.resumeText',
  '*.jobDescription',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: { service: 'voxly-server' } },
    destination,
  );
}

export type { Logger };
