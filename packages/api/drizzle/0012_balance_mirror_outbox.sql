CREATE TABLE "balance_mirror_outbox" (
	"user_id" text PRIMARY KEY NOT NULL,
	"ledger_id" bigint NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "balance_mirror_outbox" ADD CONSTRAINT "balance_mirror_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "balance_mirror_outbox_due_idx" ON "balance_mirror_outbox" USING btree ("next_attempt_at");--> statement-breakpoint
-- Every ledger row marks its user's balance as owed to the mirror, in the same statement:
-- whatever writes the ledger (a purchase, a spend, a refund, support's grant by hand), the
-- mirror hears of it, and a rolled-back change leaves no mark. Named to fire after
-- credit_ledger_apply (triggers fire in name order), so a ledger insert always locks the
-- user's row before the outbox row, the order every other writer takes too.
CREATE FUNCTION credit_ledger_mirror() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO balance_mirror_outbox (user_id, ledger_id) VALUES (NEW.user_id, NEW.id)
  ON CONFLICT (user_id) DO UPDATE SET ledger_id = greatest(balance_mirror_outbox.ledger_id, EXCLUDED.ledger_id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER credit_ledger_mirror AFTER INSERT ON credit_ledger
  FOR EACH ROW EXECUTE FUNCTION credit_ledger_mirror();
--> statement-breakpoint
-- Balances that exist already are owed to the mirror once, so a deployment that turns it on shows them all.
INSERT INTO balance_mirror_outbox (user_id, ledger_id)
  SELECT user_id, max(id) FROM credit_ledger GROUP BY user_id;
