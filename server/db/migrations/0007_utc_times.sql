-- Times given with an offset (2025-06-01T10:00:00+03:30) were kept as given; the API now stores every
-- time as UTC with milliseconds, as JavaScript writes them, so times compare as text and a day is their
-- first ten characters. This rewrites the times stored before in that form.
UPDATE `events` SET `occurred_at` = strftime('%Y-%m-%dT%H:%M:%fZ', `occurred_at`)
WHERE `occurred_at` <> strftime('%Y-%m-%dT%H:%M:%fZ', `occurred_at`) AND strftime('%Y-%m-%dT%H:%M:%fZ', `occurred_at`) IS NOT NULL;--> statement-breakpoint
UPDATE `orders` SET `ordered_at` = strftime('%Y-%m-%dT%H:%M:%fZ', `ordered_at`)
WHERE `ordered_at` <> strftime('%Y-%m-%dT%H:%M:%fZ', `ordered_at`) AND strftime('%Y-%m-%dT%H:%M:%fZ', `ordered_at`) IS NOT NULL;--> statement-breakpoint
UPDATE `surveys` SET `responded_at` = strftime('%Y-%m-%dT%H:%M:%fZ', `responded_at`)
WHERE `responded_at` <> strftime('%Y-%m-%dT%H:%M:%fZ', `responded_at`) AND strftime('%Y-%m-%dT%H:%M:%fZ', `responded_at`) IS NOT NULL;
