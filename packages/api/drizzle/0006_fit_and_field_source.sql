ALTER TABLE "interviews" ADD COLUMN "field_source" text;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "field_confidence" real;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "fit_decision" jsonb;