CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outlet_id` integer NOT NULL,
	`event_id` integer,
	`title` text NOT NULL,
	`subtitle` text,
	`author` text,
	`published_at` text,
	`source_updated_at` text,
	`url` text,
	`body` text NOT NULL,
	`content_hash` text NOT NULL,
	`word_count` integer NOT NULL,
	`imported_by` integer,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`analyzer_version` text,
	FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_unique` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE INDEX `articles_outlet_idx` ON `articles` (`outlet_id`);--> statement-breakpoint
CREATE INDEX `articles_event_idx` ON `articles` (`event_id`);--> statement-breakpoint
CREATE INDEX `articles_imported_by_idx` ON `articles` (`imported_by`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`);--> statement-breakpoint
CREATE INDEX `articles_analyzer_version_idx` ON `articles` (`analyzer_version`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer,
	`details` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_subject_idx` ON `audit_log` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `claim_blamed` (
	`claim_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`entity_id` integer,
	PRIMARY KEY(`claim_id`, `position`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `claim_blamed_entity_idx` ON `claim_blamed` (`entity_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`section` text DEFAULT 'body' NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`exact` text NOT NULL,
	`kind` text NOT NULL,
	`source_entity_id` integer,
	`source_text` text,
	`source_role` text,
	`cue` text,
	`content` text NOT NULL,
	`quote_type` text DEFAULT 'none' NOT NULL,
	`hedged` integer DEFAULT false NOT NULL,
	`hedges` text DEFAULT '[]' NOT NULL,
	`check_worthiness` real DEFAULT 0 NOT NULL,
	`origin` text DEFAULT 'auto' NOT NULL,
	`dismissed_at` text,
	`edited_at` text,
	`analyzer_version` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "claims_span_valid" CHECK("claims"."start" >= 0 AND "claims"."end" >= "claims"."start")
);
--> statement-breakpoint
CREATE INDEX `claims_article_idx` ON `claims` (`article_id`,`section`,`start`);--> statement-breakpoint
CREATE INDEX `claims_source_entity_idx` ON `claims` (`source_entity_id`);--> statement-breakpoint
CREATE INDEX `claims_created_by_idx` ON `claims` (`created_by`);--> statement-breakpoint
CREATE INDEX `claims_check_worthiness_idx` ON `claims` (`check_worthiness`);--> statement-breakpoint
CREATE TABLE `differences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposition_id` integer NOT NULL,
	`type` text NOT NULL,
	`explanation` text NOT NULL,
	`claim_ids` text DEFAULT '[]' NOT NULL,
	`detail` text,
	`origin` text DEFAULT 'auto' NOT NULL,
	`dismissed_at` text,
	`analyzer_version` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `differences_proposition_idx` ON `differences` (`proposition_id`);--> statement-breakpoint
CREATE INDEX `differences_type_idx` ON `differences` (`type`);--> statement-breakpoint
CREATE INDEX `differences_created_by_idx` ON `differences` (`created_by`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_name_kind_unique` ON `entities` (lower("name"),`kind`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`alias` text NOT NULL,
	`normalized` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_aliases_entity_normalized_unique` ON `entity_aliases` (`entity_id`,`normalized`);--> statement-breakpoint
CREATE INDEX `entity_aliases_normalized_idx` ON `entity_aliases` (`normalized`);--> statement-breakpoint
CREATE TABLE `entity_mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`section` text DEFAULT 'body' NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`role` text,
	`analyzer_version` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entity_mentions_article_idx` ON `entity_mentions` (`article_id`);--> statement-breakpoint
CREATE INDEX `entity_mentions_entity_idx` ON `entity_mentions` (`entity_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_updated_idx` ON `events` (`updated_at`);--> statement-breakpoint
CREATE INDEX `events_title_idx` ON `events` (lower("title"));--> statement-breakpoint
CREATE TABLE `fact_check_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fact_check_id` integer NOT NULL,
	`position` integer NOT NULL,
	`url` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`fact_check_id`) REFERENCES `fact_checks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fact_check_evidence_position_unique` ON `fact_check_evidence` (`fact_check_id`,`position`);--> statement-breakpoint
CREATE TABLE `fact_check_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fact_check_id` integer NOT NULL,
	`version` integer NOT NULL,
	`snapshot` text NOT NULL,
	`editor_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`fact_check_id`) REFERENCES `fact_checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fact_check_revisions_version_unique` ON `fact_check_revisions` (`fact_check_id`,`version`);--> statement-breakpoint
CREATE INDEX `fact_check_revisions_editor_idx` ON `fact_check_revisions` (`editor_id`);--> statement-breakpoint
CREATE TABLE `fact_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer,
	`proposition_id` integer,
	`rating_id` integer,
	`explanation` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`author_id` integer,
	`assignee_id` integer,
	`published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rating_id`) REFERENCES `ratings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "fact_checks_one_target" CHECK(("fact_checks"."claim_id" IS NOT NULL) + ("fact_checks"."proposition_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `fact_checks_claim_idx` ON `fact_checks` (`claim_id`);--> statement-breakpoint
CREATE INDEX `fact_checks_proposition_idx` ON `fact_checks` (`proposition_id`);--> statement-breakpoint
CREATE INDEX `fact_checks_rating_idx` ON `fact_checks` (`rating_id`);--> statement-breakpoint
CREATE INDEX `fact_checks_author_idx` ON `fact_checks` (`author_id`);--> statement-breakpoint
CREATE INDEX `fact_checks_assignee_idx` ON `fact_checks` (`assignee_id`);--> statement-breakpoint
CREATE INDEX `fact_checks_status_idx` ON `fact_checks` (`status`);--> statement-breakpoint
CREATE TABLE `import_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`article_id` integer,
	`error` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `import_jobs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_items_position_unique` ON `import_items` (`job_id`,`position`);--> statement-breakpoint
CREATE INDEX `import_items_status_idx` ON `import_items` (`job_id`,`status`);--> statement-breakpoint
CREATE INDEX `import_items_article_idx` ON `import_items` (`article_id`);--> statement-breakpoint
CREATE TABLE `import_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`source` text NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`options` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `import_jobs_status_idx` ON `import_jobs` (`status`);--> statement-breakpoint
CREATE INDEX `import_jobs_created_by_idx` ON `import_jobs` (`created_by`);--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`domain` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_name_unique` ON `outlets` (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_domain_unique` ON `outlets` (`domain`);--> statement-breakpoint
CREATE TABLE `proposition_claims` (
	`proposition_id` integer NOT NULL,
	`claim_id` integer NOT NULL,
	`origin` text DEFAULT 'auto' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`proposition_id`, `claim_id`),
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposition_claims_claim_unique` ON `proposition_claims` (`claim_id`);--> statement-breakpoint
CREATE INDEX `proposition_claims_created_by_idx` ON `proposition_claims` (`created_by`);--> statement-breakpoint
CREATE TABLE `propositions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`label` text NOT NULL,
	`category` text NOT NULL,
	`origin` text DEFAULT 'auto' NOT NULL,
	`analyzer_version` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `propositions_event_idx` ON `propositions` (`event_id`,`category`);--> statement-breakpoint
CREATE INDEX `propositions_created_by_idx` ON `propositions` (`created_by`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text NOT NULL,
	`color` text NOT NULL,
	`value` integer NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_label_unique` ON `ratings` (lower("label"));--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`role` text DEFAULT 'reader' NOT NULL,
	`password_hash` text NOT NULL,
	`disabled_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (lower("email"));