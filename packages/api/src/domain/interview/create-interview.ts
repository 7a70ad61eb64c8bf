import { interviewPolicy } from '@voxly/config';
import { detectField } from '@voxly/prompts';
import type { Database } from '../../db/database.ts';
import { interviews } from '../../db/schema.ts';
import type { CallRegistration, VoicePort } from '../../ports/voice-port.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';
import type { CreateInterviewInput } from './interview-input.ts';

/** The voice vendor could not register the call; the transaction (and its debit) rolled back. */
export class CallRegistrationError extends Error {
  constructor(cause: unknown) {
    super('The voice service could not register the call', { cause });
    this.name = 'CallRegistrationError';
  }
}

export interface CreatedInterview {
  interviewId: string;
  call: CallRegistration & { voice: VoicePort['mode'] };
}

/**
 * Debits one credit, registers the call and stores the interview in one transaction: no
 * call without a debit, no debit without a call. The debit comes first so an empty
 * balance fails before any vendor is called (InsufficientCreditsError).
 */
export async function createInterview(
  db: Database,
  voice: VoicePort,
  userId: string,
  input: CreateInterviewInput,
): Promise<CreatedInterview> {
  const { field } = detectField({
    jobTitle: input.jobTitle,
    jobDescription: input.jobDescription,
    resumeText: input.resumeText,
  });
  return db.transaction(async (tx) => {
    const interviewId = crypto.randomUUID();
    await appendLedgerEntry(tx, {
      userId,
      delta: -interviewPolicy.creditsPerInterview,
      reason: 'interview',
      interviewId,
    });
    const registration = await voice.registerCall({ interviewId, userId }).catch((error: unknown) => {
      throw new CallRegistrationError(error);
    });
    await tx.insert(interviews).values({
      id: interviewId,
      userId,
      callId: registration.callId,
      voiceMode: voice.mode,
      candidateName: input.candidateName,
      jobTitle: input.jobTitle,
      jobDescription: input.jobDescription,
      resumeText: input.resumeText,
      field,
      language: input.language,
    });
    return { interviewId, call: { ...registration, voice: voice.mode } };
  });
}
