-- A conflict declared while a comparative round is judged takes the judge's choices holding the entry
-- out of the round's results (apps/api judging/recusal.ts, recuseChoices), as a rubric round's
-- recused assignment takes the judge's sheet out; written only for a round not yet closed.
CREATE TABLE `comparison_recusals` (
	`round_id` integer NOT NULL,
	`judge_id` text NOT NULL,
	`entry_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `judge_id`, `entry_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`judge_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action
);
