CREATE TABLE `comparisons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`judge_id` text NOT NULL,
	`left_entry_id` integer NOT NULL,
	`right_entry_id` integer NOT NULL,
	`winner_entry_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`judge_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`left_entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`right_entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`winner_entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comparisons_round_judge_idx` ON `comparisons` (`round_id`,`judge_id`);--> statement-breakpoint
ALTER TABLE `rounds` ADD `method` text DEFAULT 'rubric' NOT NULL;--> statement-breakpoint
ALTER TABLE `rounds` ADD `comparisons_per_entry` integer DEFAULT 10 NOT NULL;