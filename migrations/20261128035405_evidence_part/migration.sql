ALTER TABLE `engagement_sources` ADD `part` text DEFAULT 'BODY' NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `part` text DEFAULT 'BODY' NOT NULL;