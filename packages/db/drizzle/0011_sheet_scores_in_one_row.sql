ALTER TABLE `score_sheets` ADD `scores` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `score_sheets` ADD `results_revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Each sheet's scores move into its row, keyed by criterion id, before their table goes.
UPDATE `score_sheets` SET `scores` = (
  SELECT json_group_object(`criterion_id`, `value`) FROM `score_items` WHERE `score_items`.`sheet_id` = `score_sheets`.`id`
) WHERE EXISTS (SELECT 1 FROM `score_items` WHERE `score_items`.`sheet_id` = `score_sheets`.`id`);--> statement-breakpoint
DROP TABLE `score_items`;--> statement-breakpoint
CREATE INDEX `score_sheets_results_revision_idx` ON `score_sheets` (`results_revision`);
