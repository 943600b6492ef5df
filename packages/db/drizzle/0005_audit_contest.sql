ALTER TABLE `audit_log` ADD `contest_id` integer REFERENCES contests(id);--> statement-breakpoint
CREATE INDEX `audit_contest_idx` ON `audit_log` (`contest_id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `audit_action_idx` ON `audit_log` (`action`);