CREATE TABLE `actor_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`actor_id` integer NOT NULL,
	`alias` text NOT NULL,
	`alias_key` text NOT NULL,
	CONSTRAINT `fk_actor_aliases_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `actors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text NOT NULL,
	`name_key` text NOT NULL UNIQUE,
	`kind` text NOT NULL,
	`role` text,
	`affiliation_id` integer,
	CONSTRAINT `fk_actors_affiliation_id_actors_id_fk` FOREIGN KEY (`affiliation_id`) REFERENCES `actors`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `document_actors` (
	`document_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`mention_count` integer NOT NULL,
	CONSTRAINT `document_actors_pk` PRIMARY KEY(`document_id`, `actor_id`),
	CONSTRAINT `fk_document_actors_document_id_documents_id_fk` FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_document_actors_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`slug` text NOT NULL UNIQUE,
	`title` text,
	`url` text,
	`publisher` text,
	`author` text,
	`published_at` text,
	`raw_text` text NOT NULL,
	`text` text NOT NULL,
	`sha256` text NOT NULL UNIQUE,
	`word_count` integer DEFAULT 0 NOT NULL,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `engagement_participants` (
	`engagement_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	CONSTRAINT `engagement_participants_pk` PRIMARY KEY(`engagement_id`, `actor_id`),
	CONSTRAINT `fk_engagement_participants_engagement_id_engagements_id_fk` FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_engagement_participants_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `engagement_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`engagement_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	CONSTRAINT `fk_engagement_sources_engagement_id_engagements_id_fk` FOREIGN KEY (`engagement_id`) REFERENCES `engagements`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_engagement_sources_document_id_documents_id_fk` FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `engagements` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`date` text,
	`date_text` text,
	`count` integer,
	`forum_id` integer,
	CONSTRAINT `fk_engagements_forum_id_actors_id_fk` FOREIGN KEY (`forum_id`) REFERENCES `actors`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`actor_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	CONSTRAINT `fk_mentions_actor_id_actors_id_fk` FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_mentions_document_id_documents_id_fk` FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`document_id` integer NOT NULL,
	`speaker_id` integer,
	`speaker_label` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`verb` text,
	CONSTRAINT `fk_statements_document_id_documents_id_fk` FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_statements_speaker_id_actors_id_fk` FOREIGN KEY (`speaker_id`) REFERENCES `actors`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actor_aliases_actor_key_uq` ON `actor_aliases` (`actor_id`,`alias_key`);--> statement-breakpoint
CREATE INDEX `actor_aliases_key_idx` ON `actor_aliases` (`alias_key`);--> statement-breakpoint
CREATE INDEX `actors_affiliation_idx` ON `actors` (`affiliation_id`);--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`);--> statement-breakpoint
CREATE INDEX `document_actors_actor_idx` ON `document_actors` (`actor_id`);--> statement-breakpoint
CREATE INDEX `documents_published_at_idx` ON `documents` (`published_at`);--> statement-breakpoint
CREATE INDEX `engagement_participants_actor_idx` ON `engagement_participants` (`actor_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `engagement_sources_engagement_document_uq` ON `engagement_sources` (`engagement_id`,`document_id`);--> statement-breakpoint
CREATE INDEX `engagement_sources_document_idx` ON `engagement_sources` (`document_id`);--> statement-breakpoint
CREATE INDEX `engagements_date_idx` ON `engagements` (`date`);--> statement-breakpoint
CREATE INDEX `engagements_forum_idx` ON `engagements` (`forum_id`);--> statement-breakpoint
CREATE INDEX `mentions_actor_idx` ON `mentions` (`actor_id`);--> statement-breakpoint
CREATE INDEX `mentions_document_idx` ON `mentions` (`document_id`);--> statement-breakpoint
CREATE INDEX `statements_document_idx` ON `statements` (`document_id`);--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`);