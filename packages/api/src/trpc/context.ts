import type { CheckoutCurrency, VendorModes } from '@voxly/config';
import type { Database } from '../db/database.ts';
import type { CheckoutUrls } from '../domain/billing/create-checkout.ts';
import type { Markets, VisitorHints } from '../domain/billing/visitor-market.ts';
import type { FeedbackService } from '../domain/feedback/feedback-service.ts';
import type { FieldClassifier } from '../domain/interview/classify-field.ts';
import type { SessionRegistry } from '../domain/interview/session-registry.ts';
import type { Identity } from '../ports/auth-port.ts';
import type { PaymentsPort } from '../ports/payments-port.ts';
import type { UserDirectory } from '../ports/user-directory-port.ts';
import type { VoicePort } from '../ports/voice-port.ts';

// The caller's identity is the auth port's; procedures and tests read it from here too.
export type { Identity };

/** What the server hands every procedure, built once at start. */
export interface ApiServices {
  db: Database;
  modes: VendorModes;
  /** The default market: visitors no other market fits are priced in it. */
  currency: CheckoutCurrency;
  /** Every market visitors may be priced in (VOXLY_MARKETS); unset: the default alone. */
  markets?: readonly CheckoutCurrency[];
  voice: VoicePort;
  /** The job's field at creation: the model when configured (2 s), else the local classifier. */
  classifyField: FieldClassifier;
  payments: PaymentsPort;
  /** What the sign-in provider knows of a user (the payer's email for a checkout). */
  directory: UserDirectory;
  checkoutUrls: CheckoutUrls;
  /** Live interview sessions of this process (to end one from the API). */
  sessions: Pick<SessionRegistry, 'get'>;
  /** Generates each interview's review once and reads it back. */
  feedback: Pick<FeedbackService, 'get' | 'regenerate'>;
  /** Told when the voice provider could not be asked for a call's recording (the one held is answered): for the log. */
  onRecordingError?: (error: unknown) => void;
  /** Credits a new account starts with (VOXLY_WELCOME_CREDITS; 0: none), granted once through the ledger. */
  welcomeCredits?: number;
  /** Values the browser may see, e.g. to start Clerk. Never a secret. */
  publicSettings: { clerkPublishableKey?: string };
}

/** The edge rate limiter's word on this request: every call of a batch counted, over the caller's budget or not. */
export type RateLimitVerdict = 'within' | 'exceeded';

export interface Context extends ApiServices {
  identity: Identity | null;
  /** Absent where no limiter stands in front (direct callers, tests). */
  rateLimit?: RateLimitVerdict;
  /** What this request says about the visitor (Accept-Language), to price them in their market. */
  visitor?: VisitorHints;
}

/** The markets a context sells in, the default among them. */
export function marketsOf(ctx: Pick<ApiServices, 'currency' | 'markets'>): Markets {
  return { enabled: ctx.markets ?? [ctx.currency], fallback: ctx.currency };
}
