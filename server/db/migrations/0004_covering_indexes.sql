DROP INDEX `order_lines_order_idx`;--> statement-breakpoint
CREATE INDEX `order_lines_order_line_idx` ON `order_lines` (`order_id`,`product_line`);--> statement-breakpoint
DROP INDEX `orders_contact_time_idx`;--> statement-breakpoint
CREATE INDEX `orders_contact_time_amount_idx` ON `orders` (`contact_id`,`ordered_at`,`amount`);