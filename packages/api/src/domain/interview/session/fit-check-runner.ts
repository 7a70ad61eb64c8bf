import type { InterviewPolicy } from '@voxly/config';
import {
  congruencyJsonSchema,
  congruencyMessages,
  fitOfInterview,
  jobRequirements,
  type InterviewerBrief,
  type TranscriptTurn,
} from '@voxly/prompts';
import { z } from 'zod';
import type { LanguageModelPort } from '../../../ports/language-model-port.ts';
import { ModelBusyError } from '../../model/model-scheduler.ts';
import { decideFit, endsInterview, type FitDecision } from '../fit-decision.ts';
import { congruencyTiming } from '../interview-clock.ts';
import type { SessionLogger, SessionStore } from './session-ports.ts';

const congruencySchema = z.object({
  fits: z.boolean(),
  confidence: z.number().min(0).max(1),
  reason: z.string().max(1_000),
});

interface FitCheckDeps {
  llm: LanguageModelPort;
  store: Pick<SessionStore, 'saveFitDecision'>;
  logger: SessionLogger;
  judgeTimeoutMs: number;
  window: InterviewPolicy['congruencyWindowMs'];
}

/**
 * The resume-vs-job check, run once inside its window (two to three minutes in) without
 * delaying any reply. The local check is pure and quick; with a model it is the model's
 * cross-check. A failed check never ends an interview.
 */
export class FitCheckRunner {
  private state: 'pending' | 'running' | 'done' = 'pending';
  private ending: FitDecision | null = null;

  constructor(
    private readonly deps: FitCheckDeps,
    private readonly call: { interviewId: string; callId: string; brief: InterviewerBrief },
  ) {}

  /** A confident "does not fit": the next turn ends the interview politely. */
  get mismatch(): FitDecision | null {
    return this.ending;
  }

  /** Runs the check if it is due and has not run; the answer arrives later. */
  maybeRun(elapsedMs: number, transcript: readonly TranscriptTurn[]): Promise<void> | undefined {
    if (this.state !== 'pending') return undefined;
    const timing = congruencyTiming(elapsedMs, this.deps.window);
    if (timing === 'before') return undefined;
    if (timing === 'after') {
      this.state = 'done';
      return undefined;
    }
    this.state = 'running';
    const { brief, callId, interviewId } = this.call;
    const seen = [...transcript];
    const local = fitOfInterview(brief, seen);
    const decided =
      this.deps.llm.mode === 'scripted'
        ? Promise.resolve(decideFit(local))
        : this.deps.llm
            .judge(
              {
                purpose: 'congruency',
                messages: congruencyMessages(brief, seen, {
                  requirements: jobRequirements(brief, brief.field).map((requirement) => requirement.term),
                  verdict: local,
                }),
                jsonSchema: congruencyJsonSchema,
                schema: congruencySchema,
                timeoutMs: this.deps.judgeTimeoutMs,
              },
              AbortSignal.timeout(this.deps.judgeTimeoutMs),
            )
            .then(
              (verdict) => decideFit(local, verdict),
              (error: unknown) => {
                // Live turns had the model: the local check answers alone.
                if (error instanceof ModelBusyError) return decideFit(local);
                throw error;
              },
            );
    return decided
      .then(
        (decision) => {
          this.deps.logger.info(
            { callId, fits: decision.fits, confidence: decision.confidence, decidedBy: decision.decidedBy },
            'congruency checked',
          );
          if (endsInterview(decision)) this.ending = decision;
          return this.deps.store.saveFitDecision(interviewId, decision);
        },
        (error: unknown) => this.deps.logger.warn({ err: error, callId }, 'congruency check failed'),
      )
      .catch((error: unknown) => this.deps.logger.warn({ err: error, callId }, 'could not save the fit decision'))
      .finally(() => {
        this.state = 'done';
      });
  }
}
