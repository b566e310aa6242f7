CREATE TABLE `offers` (
	`key` text PRIMARY KEY NOT NULL,
	`priority` integer NOT NULL,
	`code` text,
	`package` text,
	`segments` text NOT NULL,
	`occasions` text NOT NULL,
	`title` text NOT NULL,
	`reason` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`active` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_type_time_idx` ON `events` (`type`,`occurred_at`);