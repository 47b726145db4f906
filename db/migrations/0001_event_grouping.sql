CREATE TABLE `difference_dismissals` (
	`event_id` integer NOT NULL,
	`key` text NOT NULL,
	`dismissed_by` integer,
	`dismissed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`event_id`, `key`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `difference_dismissals_user_idx` ON `difference_dismissals` (`dismissed_by`);--> statement-breakpoint
CREATE TABLE `event_terms` (
	`event_id` integer NOT NULL,
	`term` text NOT NULL,
	`weight` real NOT NULL,
	PRIMARY KEY(`event_id`, `term`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_terms_term_idx` ON `event_terms` (`term`);--> statement-breakpoint
CREATE TABLE `term_stats` (
	`term` text PRIMARY KEY NOT NULL,
	`df` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `signature` text;--> statement-breakpoint
ALTER TABLE `events` ADD `centroid_norm` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `first_day` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `last_day` integer;