CREATE TABLE `contact_score_details` (
	`contact_id` integer PRIMARY KEY NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `custom_segment_members` (
	`contact_id` integer NOT NULL,
	`segment` text NOT NULL,
	PRIMARY KEY(`segment`, `contact_id`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `custom_segment_members_contact_idx` ON `custom_segment_members` (`contact_id`);--> statement-breakpoint
DROP TABLE `segment_memberships`;--> statement-breakpoint
-- Scores are derived data: the table is made anew, and the server recomputes everyone at start.
DROP TABLE `contact_scores`;--> statement-breakpoint
CREATE TABLE `contact_scores` (
	`contact_id` integer PRIMARY KEY NOT NULL,
	`lead_score` integer NOT NULL,
	`lead_band` text NOT NULL,
	`lead_grade` text NOT NULL,
	`lead_qualification` text NOT NULL,
	`rfm_r` integer,
	`rfm_f` integer,
	`rfm_m` integer,
	`rfm_segment` text,
	`satisfaction` text,
	`value_tier` text,
	`vip` integer NOT NULL,
	`lifecycle` text NOT NULL,
	`funnel_stage` text,
	`occasion` text,
	`discovered_group` integer,
	`realised_revenue` real NOT NULL,
	`predicted_value` real,
	`churn_risk` real,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_scores_lead_idx` ON `contact_scores` (`lead_score`);--> statement-breakpoint
CREATE VIEW `segment_memberships` AS 
  select contact_id, 'rfm:' || rfm_segment as segment from contact_scores where rfm_segment is not null
  union all select contact_id, 'value:' || value_tier from contact_scores where value_tier is not null
  union all select contact_id, 'value:vip' from contact_scores where vip
  union all select contact_id, 'lifecycle:' || lifecycle from contact_scores
  union all select contact_id, 'satisfaction:' || satisfaction from contact_scores where satisfaction is not null
  union all select contact_id, 'lead:' || lead_band from contact_scores
  union all select contact_id, 'lead:' || lead_qualification from contact_scores where lead_qualification <> 'none'
  union all select contact_id, 'funnel:' || funnel_stage from contact_scores where funnel_stage is not null
  union all select contact_tags.contact_id, 'tag:' || tags.slug from contact_tags join tags on tags.id = contact_tags.tag_id
  union all select contact_id, 'occasion:' || occasion from contact_scores where occasion is not null
  union all select contact_id, 'group:' || discovered_group from contact_scores where discovered_group is not null
  union all select contact_id, segment from custom_segment_members;