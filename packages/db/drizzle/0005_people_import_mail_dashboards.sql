ALTER TABLE `units` ADD `parent_id` integer REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `users` ADD `name_sort_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `name_folded` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `users_name_sort_idx` ON `users` (`name_sort_key`);