-- Results keep a round's counted sheets and take in only the sheets stamped since (apps/api
-- judging/round-sheets.ts): every write to a sheet, or to the assignment it belongs to, must bump
-- its contest's results revision and stamp the sheet with it. Triggers do it, so that no writer
-- can forget. Every column but `results_revision` (the stamp itself, which would fire them again);
-- a column added later must be added here (queries/results-revision.test.ts checks).
CREATE TRIGGER `score_sheets_stamp_insert` AFTER INSERT ON `score_sheets` BEGIN
  UPDATE `contests` SET `results_revision` = `results_revision` + 1
    WHERE `id` = (SELECT `rounds`.`contest_id` FROM `assignments` JOIN `rounds` ON `rounds`.`id` = `assignments`.`round_id` WHERE `assignments`.`id` = new.`assignment_id`);
  UPDATE `score_sheets` SET `results_revision` = (
    SELECT `contests`.`results_revision` FROM `assignments` JOIN `rounds` ON `rounds`.`id` = `assignments`.`round_id`
      JOIN `contests` ON `contests`.`id` = `rounds`.`contest_id` WHERE `assignments`.`id` = new.`assignment_id`
  ) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `score_sheets_stamp_update` AFTER UPDATE OF `assignment_id`, `status`, `scores`, `comment`, `updated_at`, `submitted_at` ON `score_sheets` BEGIN
  UPDATE `contests` SET `results_revision` = `results_revision` + 1
    WHERE `id` IN (SELECT `rounds`.`contest_id` FROM `assignments` JOIN `rounds` ON `rounds`.`id` = `assignments`.`round_id` WHERE `assignments`.`id` IN (old.`assignment_id`, new.`assignment_id`));
  UPDATE `score_sheets` SET `results_revision` = (
    SELECT `contests`.`results_revision` FROM `assignments` JOIN `rounds` ON `rounds`.`id` = `assignments`.`round_id`
      JOIN `contests` ON `contests`.`id` = `rounds`.`contest_id` WHERE `assignments`.`id` = new.`assignment_id`
  ) WHERE `id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `assignments_stamp_update` AFTER UPDATE OF `round_id`, `entry_id`, `judge_id`, `origin`, `status` ON `assignments` BEGIN
  UPDATE `contests` SET `results_revision` = `results_revision` + 1
    WHERE `id` IN (SELECT `contest_id` FROM `rounds` WHERE `id` IN (old.`round_id`, new.`round_id`));
  UPDATE `score_sheets` SET `results_revision` = (
    SELECT `contests`.`results_revision` FROM `rounds` JOIN `contests` ON `contests`.`id` = `rounds`.`contest_id` WHERE `rounds`.`id` = new.`round_id`
  ) WHERE `assignment_id` = new.`id`;
END;
