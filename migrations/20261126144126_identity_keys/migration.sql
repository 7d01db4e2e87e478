-- Canonical identity keys (src/store/identity-key.ts). Rows written before this migration have
-- key_version 0: opening the database recomputes actor and alias keys and merges the actors the
-- new keys unite (src/store/rekey-actors.ts), which SQL alone cannot compute.
ALTER TABLE `actor_aliases` ADD `match_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `actors` ADD `surname_key` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `key_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `actor_aliases_match_key_idx` ON `actor_aliases` (`match_key`);--> statement-breakpoint
CREATE INDEX `actors_surname_idx` ON `actors` (`surname_key`);