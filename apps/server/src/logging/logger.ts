import { pino, type Logger } from 'pino';

/**
 * Paths never written to the log: credentials, cookies, signatures, and the candidate's
 * own documents.
 */
const redactedPaths = [
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

export function createLogger(level: string, destination?: pino.DestinationStream, format: 'json' | 'pretty' = 'json'): Logger {
  const options = { level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: { service: 'voxly-server' } };
  if (format === 'pretty' && !destination) {
    // For a person at a terminal (`npm start`): one short coloured line per event, same redaction.
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: {
          colorize: true,
          translateTime: 'SYS:HH:MM:ss',
          singleLine: true,
          // A request is its message alone ("GET /trpc/account.me → 200 (4 ms)", see create-app).
          ignore: 'pid,hostname,service,req,res,responseTime',
        },
      },
    });
  }
  return pino(options, destination);
}

export type { Logger };
