ALTER TABLE `engagement_sources` ADD `status` text;--> statement-breakpoint
ALTER TABLE `engagement_sources` ADD `date_text` text;--> statement-breakpoint
ALTER TABLE `engagement_sources` ADD `date_start` text;--> statement-breakpoint
ALTER TABLE `engagement_sources` ADD `date_end` text;--> statement-breakpoint
ALTER TABLE `engagement_sources` ADD `date_basis` text;--> statement-breakpoint
ALTER TABLE `engagements` ADD `date_start` text;--> statement-breakpoint
ALTER TABLE `engagements` ADD `date_end` text;--> statement-breakpoint
ALTER TABLE `engagements` ADD `date_basis` text;--> statement-breakpoint
ALTER TABLE `engagements` ADD `plover_category` text DEFAULT 'CONSULT' NOT NULL;--> statement-breakpoint
ALTER TABLE `engagements` ADD `plover_mode` text;--> statement-breakpoint
CREATE INDEX `engagements_date_start_idx` ON `engagements` (`date_start`);--> statement-breakpoint
-- Rows stored before this migration. A report's own status and date words are known where it is
-- its engagement's only report; the engagement's range from what SQL can compute: the text's
-- date (STATED), the anchored day (RELATIVE), else the publication dates of its reports.
-- Ranges of words such as "last week" are filled when the document is ingested again.
UPDATE `engagement_sources` SET `status` = (SELECT e.`status` FROM `engagements` e WHERE e.`id` = `engagement_id`), `date_text` = (SELECT e.`date_text` FROM `engagements` e WHERE e.`id` = `engagement_id`)
  WHERE (SELECT count(*) FROM `engagement_sources` o WHERE o.`engagement_id` = `engagement_sources`.`engagement_id`) = 1;--> statement-breakpoint
UPDATE `engagements` SET `date_start` = `date`, `date_end` = `date`, `date_basis` = 'STATED' WHERE `date` IS NOT NULL;--> statement-breakpoint
UPDATE `engagements` SET `date_start` = `day`, `date_end` = `day`, `date_basis` = 'RELATIVE' WHERE `date` IS NULL AND `day` IS NOT NULL;--> statement-breakpoint
UPDATE `engagements` SET `date_end` = (SELECT min(substr(d.`published_at`, 1, 10)) FROM `engagement_sources` s JOIN `documents` d ON d.`id` = s.`document_id` WHERE s.`engagement_id` = `engagements`.`id`), `date_basis` = 'PUBLICATION'
  WHERE `date_basis` IS NULL AND `status` = 'HELD';--> statement-breakpoint
UPDATE `engagements` SET `date_start` = (SELECT max(substr(d.`published_at`, 1, 10)) FROM `engagement_sources` s JOIN `documents` d ON d.`id` = s.`document_id` WHERE s.`engagement_id` = `engagements`.`id`), `date_basis` = 'PUBLICATION'
  WHERE `date_basis` IS NULL AND `status` <> 'HELD';--> statement-breakpoint
UPDATE `engagements` SET `date_basis` = NULL WHERE `date_basis` = 'PUBLICATION' AND `date_start` IS NULL AND `date_end` IS NULL;--> statement-breakpoint
UPDATE `engagement_sources` SET (`date_start`, `date_end`, `date_basis`) = (SELECT e.`date_start`, e.`date_end`, e.`date_basis` FROM `engagements` e WHERE e.`id` = `engagement_id`)
  WHERE `status` IS NOT NULL;--> statement-breakpoint
-- PLOVER codes (src/store/plover.ts); visit words by LIKE, as SQLite has no regular expressions.
UPDATE `engagements` SET `plover_category` = CASE WHEN `status` = 'HELD' THEN 'CONSULT' ELSE 'AGREE' END,
  `plover_mode` = CASE
    WHEN `status` <> 'HELD' THEN NULL
    WHEN `kind` IN ('PHONE_CALL', 'VIDEO_CALL', 'CALL') THEN 'phone'
    WHEN `forum_id` IS NOT NULL THEN 'multilateral'
    WHEN EXISTS (SELECT 1 FROM `engagement_sources` s WHERE s.`engagement_id` = `engagements`.`id`
      AND (s.`text` LIKE '%visit%' OR s.`text` LIKE '%hosted%' OR s.`text` LIKE '% host %' OR s.`text` LIKE '% hosts %' OR s.`text` LIKE '%hosting%' OR s.`text` LIKE '%welcomed%' OR s.`text` LIKE '%arrived in%' OR s.`text` LIKE '%trip to%')) THEN 'visit'
    ELSE NULL END;
