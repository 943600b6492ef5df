ALTER TABLE `units` ADD `parent_id` integer REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `users` ADD `name_sort_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `name_folded` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `users_name_sort_idx` ON `users` (`name_sort_key`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `contest_id` integer REFERENCES contests(id);--> statement-breakpoint
CREATE INDEX `audit_contest_idx` ON `audit_log` (`contest_id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `audit_action_idx` ON `audit_log` (`action`);