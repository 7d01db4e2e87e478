-- Full-text search (FTS5, bm25 ranking) over documents (title, text) and statements (text).
-- External-content tables: the index refers to the rows by rowid instead of copying the
-- text, and triggers keep it in step with every insert, update and delete.
-- porter + unicode61: case- and accent-insensitive, and "talks" finds "talk".
CREATE VIRTUAL TABLE `documents_fts` USING fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `documents_fts_ai` AFTER INSERT ON `documents` BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_ad` AFTER DELETE ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_au` AFTER UPDATE OF title, text ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `statements_fts` USING fts5(text, content='statements', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `statements_fts_ai` AFTER INSERT ON `statements` BEGIN
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_ad` AFTER DELETE ON `statements` BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_au` AFTER UPDATE OF text ON `statements` BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
-- Index what a database created before this migration already holds.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
