import type { FitVerdict, TranscriptTurn } from '@voxly/prompts';

// The shapes the schema's typed columns hold. The domain works with them too; they live here,
// importing nothing else of the api, so the schema never imports the domain (no import circle).

export interface TimedWord {
  word: string;
  /** Seconds from the call's start. */
  start: number;
  end: number;
}

/** A stored turn: what was said and, when the voice provider gives them (Retell does), word timings. */
export interface StoredTurn extends TranscriptTurn {
  words?: TimedWord[];
}

/** Who decided the fit check: the local check alone, the model, or the local check's evidence over the model's "no". */
type FitDecider = 'local' | 'model' | 'local-over-model';

export interface FitDecision extends FitVerdict {
  decidedBy: FitDecider;
}

/** Who named the interview's field: the model or the local classifier. */
export const fieldSources = ['model', 'local'] as const;
export type FieldSource = (typeof fieldSources)[number];

/** One latency figure set (milliseconds) as the voice provider measured it; unmeasured figures are absent. */
interface LatencyFigures {
  p50: number | undefined;
  p90: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
  min: number | undefined;
  max: number | undefined;
  num: number | undefined;
}

/** The voice provider's measured latency for a call: end to end, our LLM socket's part, and the network to it. */
export interface CallLatency {
  e2e: LatencyFigures | undefined;
  llm: LatencyFigures | undefined;
  llm_websocket_network_rtt: LatencyFigures | undefined;
}
