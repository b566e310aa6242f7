ALTER TABLE `contact_scores` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `contact_scores` SET `version` = coalesce((SELECT json_extract(`detail`, '$.version') FROM `contact_score_details` d WHERE d.`contact_id` = `contact_scores`.`contact_id`), 0);
