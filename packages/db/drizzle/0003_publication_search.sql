-- Full-text search over public stories. unicode61 with remove_diacritics 2 folds tone marks and
-- vowel marks ("Gương" = "guong"), but đ/Đ are letters of their own in Unicode, not d plus a
-- mark: the triggers index them as d, and queries fold them the same way (searchPublications).
-- Every approved or not, published or not, story is indexed; queries join back to publications
-- and contests to return only what is public.
CREATE VIRTUAL TABLE `publication_search` USING fts5(
  title, author, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `publications_search_insert` AFTER INSERT ON `publications` BEGIN
  INSERT INTO `publication_search` (rowid, title, author, body) VALUES (
    new.id,
    replace(replace(new.title, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(new.display_name, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(new.body_text, 'đ', 'd'), 'Đ', 'D')
  );
END;
--> statement-breakpoint
CREATE TRIGGER `publications_search_update` AFTER UPDATE OF title, display_name, body_text ON `publications` BEGIN
  DELETE FROM `publication_search` WHERE rowid = old.id;
  INSERT INTO `publication_search` (rowid, title, author, body) VALUES (
    new.id,
    replace(replace(new.title, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(new.display_name, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(new.body_text, 'đ', 'd'), 'Đ', 'D')
  );
END;
--> statement-breakpoint
CREATE TRIGGER `publications_search_delete` AFTER DELETE ON `publications` BEGIN
  DELETE FROM `publication_search` WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Stories written before this migration are indexed too.
INSERT INTO `publication_search` (rowid, title, author, body)
  SELECT id,
    replace(replace(title, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(display_name, 'đ', 'd'), 'Đ', 'D'),
    replace(replace(body_text, 'đ', 'd'), 'Đ', 'D')
  FROM `publications`;
