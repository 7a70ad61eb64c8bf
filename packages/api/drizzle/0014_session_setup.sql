ALTER TABLE "interviews" ADD COLUMN "length_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "kind" text DEFAULT 'mixed' NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "seniority" text DEFAULT 'mid' NOT NULL;