-- Full-text search over articles (headline, dek, body) and claims (their exact words): FTS5 external-content
-- tables kept in step by triggers. Porter stemming, so "resigns" finds "resignation".
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, subtitle, body, content='articles', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, subtitle, body) VALUES (new.id, new.title, coalesce(new.subtitle, ''), new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, subtitle, body) VALUES ('delete', old.id, old.title, coalesce(old.subtitle, ''), old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, subtitle, body ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, subtitle, body) VALUES ('delete', old.id, old.title, coalesce(old.subtitle, ''), old.body);
  INSERT INTO articles_fts(rowid, title, subtitle, body) VALUES (new.id, new.title, coalesce(new.subtitle, ''), new.body);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `claims_fts` USING fts5(exact, content='claims', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `claims_fts_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO claims_fts(rowid, exact) VALUES (new.id, new.exact);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_delete` AFTER DELETE ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, exact) VALUES ('delete', old.id, old.exact);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_update` AFTER UPDATE OF exact ON `claims` BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, exact) VALUES ('delete', old.id, old.exact);
  INSERT INTO claims_fts(rowid, exact) VALUES (new.id, new.exact);
END;
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
