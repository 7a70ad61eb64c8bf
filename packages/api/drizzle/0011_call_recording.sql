ALTER TABLE "interviews" ADD COLUMN "recording_url" text;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "recording_checked_at" timestamp with time zone;