ALTER TABLE `awards` ADD `revoked_at` integer;--> statement-breakpoint
ALTER TABLE `awards` ADD `revoked_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `awards` ADD `revocation_reason` text;