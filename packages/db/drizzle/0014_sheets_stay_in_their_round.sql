-- Kept sheets (apps/api judging/round-sheets.ts) take in the sheets stamped since, looked up by the
-- round and assignment they are in now: a sheet that moved to another assignment, or an assignment
-- that moved to another round, would leave its old row behind where it was. No writer moves them
-- (a recusal or a top-up makes a new assignment), and from now on none can.
CREATE TRIGGER `assignments_stay_in_their_round` BEFORE UPDATE OF `round_id` ON `assignments`
  WHEN new.`round_id` IS NOT old.`round_id` BEGIN
  SELECT RAISE(ABORT, 'an assignment stays in its round');
END;
--> statement-breakpoint
CREATE TRIGGER `score_sheets_stay_with_their_assignment` BEFORE UPDATE OF `assignment_id` ON `score_sheets`
  WHEN new.`assignment_id` IS NOT old.`assignment_id` BEGIN
  SELECT RAISE(ABORT, 'a score sheet stays with its assignment');
END;
