-- Older rows learn their contest from their subject, once, before the log becomes append-only.
UPDATE `audit_log` SET `contest_id` = CASE `subject_type`
  WHEN 'contest' THEN CAST(`subject_id` AS integer)
  WHEN 'entry' THEN (SELECT `contest_id` FROM `entries` WHERE `id` = CAST(`audit_log`.`subject_id` AS integer))
  WHEN 'round' THEN (SELECT `contest_id` FROM `rounds` WHERE `id` = CAST(`audit_log`.`subject_id` AS integer))
  WHEN 'assignment' THEN (SELECT r.`contest_id` FROM `assignments` a JOIN `rounds` r ON r.`id` = a.`round_id`
    WHERE a.`id` = CAST(`audit_log`.`subject_id` AS integer))
  END
WHERE `contest_id` IS NULL;
--> statement-breakpoint
-- The audit log is append-only whatever code runs: the database itself refuses changes and deletions.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers: refuse reused ids.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN new.`id` IS NOT NULL AND EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = new.`id`) BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
