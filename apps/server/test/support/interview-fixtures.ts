import { appendLedgerEntry, ensureUser } from '@voxly/api/credits';
import type { Database } from '@voxly/api/db';
import type { CreateInterviewInput } from '@voxly/api/interview';

export const backendInterview: CreateInterviewInput = {
  candidateName: 'Camila Rocha',
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD pipelines.',
  resumeText:
    'Backend engineer, 7 years. Built payment APIs in Node.js and TypeScript, ran Kubernetes on AWS, led an event-driven migration that halved p99 latency.',
  language: 'en',
};

export const nurseForBackend: CreateInterviewInput = {
  ...backendInterview,
  candidateName: 'Marta Diaz',
  resumeText:
    'Registered nurse, 9 years in the ICU. Patient triage, medication administration, hospital protocols and family support for critical patients.',
};

/** Credits granted the way support would (a `grant` ledger row), for tests that need a balance. */
export async function grantCredits(db: Database, userId: string, credits: number): Promise<void> {
  await ensureUser(db, { id: userId });
  await appendLedgerEntry(db, { userId, delta: credits, reason: 'grant' });
}

export const longAnswer =
  'At my last company I led the migration of our billing service to an event-driven design. I measured latency before and after, cut p99 by half, and kept every invoice correct with contract tests.';

export function socketUrl(baseUrl: string, callId: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/llm-websocket/${callId}`;
}

/** The URL Retell dials in Retell mode: the agent's configured URL (with its secret) plus the call id. */
export function retellSocketUrl(baseUrl: string, secret: string, callId: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/llm-websocket/${secret}/${callId}`;
}
