DROP INDEX `order_lines_order_line_idx`;--> statement-breakpoint
CREATE INDEX `order_lines_order_line_sku_idx` ON `order_lines` (`order_id`,`product_line`,`sku`);