ALTER TABLE `engagement_sources` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `engagements` ADD `day` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `rule` text;--> statement-breakpoint
CREATE INDEX `engagements_day_idx` ON `engagements` (`day`);--> statement-breakpoint
-- Rows stored before this migration: their date (which may have been anchored on the publication) is their day.
UPDATE `engagements` SET `day` = `date` WHERE `day` IS NULL;
