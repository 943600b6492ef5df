-- A judge–entry pair is in conflict once: a judge recusing the same entry in two rounds stored two
-- rows, and withdrawing one left the other. The earliest row of each pair is kept (its reason says
-- how the pair came to be first); the unique index also serves the judge's lookups.
DELETE FROM `conflicts` WHERE `id` NOT IN (SELECT min(`id`) FROM `conflicts` GROUP BY `judge_id`, `entry_id`);--> statement-breakpoint
DROP INDEX `conflicts_judge_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `conflicts_judge_entry_unique` ON `conflicts` (`judge_id`,`entry_id`);
