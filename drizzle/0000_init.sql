CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`source` text,
	`title` text,
	`publisher` text,
	`url` text,
	`published_at` text,
	`text` text NOT NULL,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_content_hash_unique` ON `documents` (`content_hash`);--> statement-breakpoint
CREATE INDEX `documents_publisher` ON `documents` (`publisher`);--> statement-breakpoint
CREATE INDEX `documents_published_at` ON `documents` (`published_at`,`id`);--> statement-breakpoint
CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`sentence` text NOT NULL,
	`value` real NOT NULL,
	`value_max` real,
	`qualifier` text NOT NULL,
	`unit` text,
	`category` text NOT NULL,
	`date` text,
	`date_precision` text,
	`cumulative` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `figures_category_date` ON `figures` (`category`,`date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_date` ON `figures` (`date`,`id`);--> statement-breakpoint
CREATE INDEX `figures_document` ON `figures` (`document_id`,`start`);