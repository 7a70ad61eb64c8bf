CREATE TABLE "local_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sandbox_notifications" (
	"payment_id" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_status" integer,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_ledger" ADD COLUMN "order_id" uuid;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "first_answer_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "last_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "access_token" text;--> statement-breakpoint
ALTER TABLE "sandbox_notifications" ADD CONSTRAINT "sandbox_notifications_payment_id_sandbox_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."sandbox_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing data keeps its meaning. Interviews in which the candidate already spoke have
-- their first answer recorded (so no later path can refund them), live ones a last-seen time.
UPDATE "interviews" SET "first_answer_at" = coalesce("started_at", "created_at")
  WHERE exists (SELECT 1 FROM jsonb_array_elements("transcript") AS turn
                WHERE turn->>'role' = 'user' AND btrim(turn->>'content') <> '');--> statement-breakpoint
UPDATE "interviews" SET "last_seen_at" = coalesce("started_at", "created_at") WHERE "status" = 'ongoing';--> statement-breakpoint
-- Purchases name their order, so an order credits at most once. The ledger is append-only,
-- so its guard is lifted for this one backfill; only the first purchase of an order gets the
-- order id (a duplicate credited before this rule existed stays as history).
ALTER TABLE "credit_ledger" DISABLE TRIGGER "credit_ledger_append_only";--> statement-breakpoint
UPDATE "credit_ledger" AS l SET "order_id" = p."order_id"
  FROM "payments" AS p
  WHERE l."reason" = 'purchase' AND l."payment_id" = p."id" AND p."order_id" IS NOT NULL
    AND l."id" = (SELECT min(l2."id") FROM "credit_ledger" AS l2 JOIN "payments" AS p2 ON p2."id" = l2."payment_id"
                  WHERE l2."reason" = 'purchase' AND p2."order_id" = p."order_id");--> statement-breakpoint
ALTER TABLE "credit_ledger" ENABLE TRIGGER "credit_ledger_append_only";--> statement-breakpoint
CREATE INDEX "local_sessions_user_idx" ON "local_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sandbox_notifications_due_idx" ON "sandbox_notifications" USING btree ("next_attempt_at") WHERE "sandbox_notifications"."delivered_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_ledger_order_reason_key" ON "credit_ledger" USING btree ("order_id","reason") WHERE "credit_ledger"."order_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "interviews_idempotency_key" ON "interviews" USING btree ("user_id","idempotency_key") WHERE "interviews"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "interviews_ongoing_seen_idx" ON "interviews" USING btree ("last_seen_at") WHERE "interviews"."status" = 'ongoing';--> statement-breakpoint
CREATE INDEX "sandbox_payments_reference_idx" ON "sandbox_payments" USING btree ("external_reference");