-- Edited by hand: WITHOUT ROWID (drizzle-kit cannot say it) keeps the table to its primary-key
-- b-tree, one fewer write per shingle.
CREATE TABLE `document_shingles` (
	`hash` integer NOT NULL,
	`document_id` integer NOT NULL,
	CONSTRAINT `document_shingles_pk` PRIMARY KEY(`hash`, `document_id`),
	CONSTRAINT `fk_document_shingles_document_id_documents_id_fk` FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON DELETE CASCADE
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `documents` ADD `fingerprint_size` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `document_shingles_document_idx` ON `document_shingles` (`document_id`);