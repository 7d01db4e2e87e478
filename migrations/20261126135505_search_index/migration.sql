-- One full-text index for documents and statements, and a vocabulary for prefix search.
--
-- search_fts replaces documents_fts and statements_fts. Both kinds of rows in one table share
-- one bm25 scale: before, a term found in most of the few documents got the floor score
-- (about 0.000001) however often it occurred, so document hits ranked as 0.0. A document's
-- rowid is 2 × its id (columns title, document_text), a statement's 2 × its id + 1
-- (statement_text). Contentless (content=''): the texts stay in documents and statements,
-- and contentless_delete lets triggers delete a row by rowid alone.
--
-- search_words indexes the documents unstemmed, with no positions (detail='none'); it exists
-- for search_words_vocab, the list of words a prefix such as "negotiat*" completes to.
-- The porter index alone cannot: it holds "negoti", not "negotiating". Statements are spans
-- of their documents' texts, so their words are in it too.
DROP TRIGGER IF EXISTS `documents_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `documents_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `documents_fts_au`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `statements_fts_au`;
--> statement-breakpoint
DROP TABLE IF EXISTS `documents_fts`;
--> statement-breakpoint
DROP TABLE IF EXISTS `statements_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(title, document_text, statement_text, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `search_fts_documents_ai` AFTER INSERT ON `documents` BEGIN
  INSERT INTO search_fts(rowid, title, document_text) VALUES (new.id * 2, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_documents_ad` AFTER DELETE ON `documents` BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 2;
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_documents_au` AFTER UPDATE OF title, text ON `documents` BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 2;
  INSERT INTO search_fts(rowid, title, document_text) VALUES (new.id * 2, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_statements_ai` AFTER INSERT ON `statements` BEGIN
  INSERT INTO search_fts(rowid, statement_text) VALUES (new.id * 2 + 1, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_statements_ad` AFTER DELETE ON `statements` BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 2 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_statements_au` AFTER UPDATE OF text ON `statements` BEGIN
  DELETE FROM search_fts WHERE rowid = old.id * 2 + 1;
  INSERT INTO search_fts(rowid, statement_text) VALUES (new.id * 2 + 1, new.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_words` USING fts5(title, text, content='documents', content_rowid='id', detail='none', columnsize=0, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `search_words_ai` AFTER INSERT ON `documents` BEGIN
  INSERT INTO search_words(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_words_ad` AFTER DELETE ON `documents` BEGIN
  INSERT INTO search_words(search_words, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_words_au` AFTER UPDATE OF title, text ON `documents` BEGIN
  INSERT INTO search_words(search_words, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO search_words(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_words_vocab` USING fts5vocab(search_words, 'row');
--> statement-breakpoint
-- Index what a database created before this migration already holds.
INSERT INTO search_fts(rowid, title, document_text) SELECT id * 2, title, text FROM documents;
--> statement-breakpoint
INSERT INTO search_fts(rowid, statement_text) SELECT id * 2 + 1, text FROM statements;
--> statement-breakpoint
INSERT INTO search_words(search_words) VALUES ('rebuild');
