ALTER TABLE `engagement_sources` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `rule` text;