CREATE TABLE `segment_definitions` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rule` text NOT NULL,
	`priority` integer NOT NULL,
	`color` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `segment_size_history` (
	`day` text NOT NULL,
	`segment` text NOT NULL,
	`size` integer NOT NULL,
	PRIMARY KEY(`segment`, `day`)
);
--> statement-breakpoint
ALTER TABLE `contact_scores` ADD `lead_grade` text;--> statement-breakpoint
ALTER TABLE `contact_scores` ADD `rfm_r` integer;--> statement-breakpoint
ALTER TABLE `contact_scores` ADD `rfm_f` integer;--> statement-breakpoint
ALTER TABLE `contact_scores` ADD `rfm_m` integer;--> statement-breakpoint
ALTER TABLE `contact_scores` ADD `predicted_value` real;--> statement-breakpoint
ALTER TABLE `contact_scores` ADD `churn_risk` real;