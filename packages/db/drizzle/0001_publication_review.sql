ALTER TABLE `publications` ADD `body_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `word_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `uses_pen_name` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `photo_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `publications` ADD `author_declined_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `publications_slug_unique` ON `publications` (`slug`);