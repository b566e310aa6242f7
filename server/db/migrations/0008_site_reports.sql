CREATE TABLE `site_reports` (
	`site` text NOT NULL,
	`version` text NOT NULL,
	`missing` text NOT NULL,
	`checked` integer NOT NULL,
	`first_seen_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`reports` integer NOT NULL,
	PRIMARY KEY(`site`, `version`)
);
--> statement-breakpoint
CREATE INDEX `site_reports_last_seen_idx` ON `site_reports` (`last_seen_at`);