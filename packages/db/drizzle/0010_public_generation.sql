CREATE TABLE `public_generation` (
	`id` integer PRIMARY KEY NOT NULL,
	`generation` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "public_generation_one_row" CHECK("public_generation"."id" = 1)
);
--> statement-breakpoint
-- The one row, then a trigger on every write to what public pages read (packages/db/src/queries/
-- publications.ts and apps/api/src/publishing/showcase.ts): caches of public pages and answers are
-- valid while `generation` stands still. Hot tables fire only for rows the public can reach:
-- entries that hold an award, attachments a publication shows.
INSERT INTO `public_generation` (`id`, `generation`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `publications_public_insert` AFTER INSERT ON `publications` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `publications_public_update` AFTER UPDATE ON `publications` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `publications_public_delete` AFTER DELETE ON `publications` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `awards_public_insert` AFTER INSERT ON `awards` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `awards_public_update` AFTER UPDATE ON `awards` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `awards_public_delete` AFTER DELETE ON `awards` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `prize_tiers_public_insert` AFTER INSERT ON `prize_tiers` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `prize_tiers_public_update` AFTER UPDATE ON `prize_tiers` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `prize_tiers_public_delete` AFTER DELETE ON `prize_tiers` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `contests_public_insert` AFTER INSERT ON `contests` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- Every column but `results_revision`, which each submission and score bumps (0009): the deadline
-- rush must not empty the public caches.
CREATE TRIGGER `contests_public_update` AFTER UPDATE OF `slug`, `title`, `description`, `rules`, `status`, `submission_opens_at`, `submission_closes_at`, `min_words`, `max_words`, `categories`, `same_unit_conflict`, `allowed_attachment_kinds`, `max_attachments`, `max_attachment_bytes`, `disagreement_threshold`, `adjudication_method`, `entries_per_author`, `awards_per_unit_cap`, `organizer_title`, `awards_finalized_at`, `published_at`, `created_at`, `updated_at` ON `contests` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `contests_public_delete` AFTER DELETE ON `contests` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `entries_public_update` AFTER UPDATE OF `status`, `code`, `title`, `author_id`, `contest_id` ON `entries`
WHEN EXISTS (SELECT 1 FROM `awards` WHERE `entry_id` = old.`id`) OR EXISTS (SELECT 1 FROM `awards` WHERE `entry_id` = new.`id`) BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `entries_public_delete` AFTER DELETE ON `entries`
WHEN EXISTS (SELECT 1 FROM `awards` WHERE `entry_id` = old.`id`) BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- Attachment ids are never reused (AUTOINCREMENT), so a new one cannot already be shown.
CREATE TRIGGER `attachments_public_update` AFTER UPDATE ON `attachments`
WHEN EXISTS (SELECT 1 FROM `publications`, json_each(`publications`.`photo_ids`) WHERE json_each.`value` = old.`id`) BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_public_delete` AFTER DELETE ON `attachments`
WHEN EXISTS (SELECT 1 FROM `publications`, json_each(`publications`.`photo_ids`) WHERE json_each.`value` = old.`id`) BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_public_update` AFTER UPDATE OF `name` ON `units` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_public_delete` AFTER DELETE ON `units` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_public_update` AFTER UPDATE OF `unit_id` ON `users` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_public_delete` AFTER DELETE ON `users` BEGIN
  UPDATE `public_generation` SET `generation` = `generation` + 1 WHERE `id` = 1;
END;
