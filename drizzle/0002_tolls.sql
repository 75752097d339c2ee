ALTER TABLE `figures` ADD `toll` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `toll_label` text;--> statement-breakpoint
CREATE INDEX `figures_running_totals` ON `figures` (`category`,`date`,`toll`,`value`,`document_id`,`unit`,`toll_label`) WHERE cumulative = 1;--> statement-breakpoint
CREATE INDEX `figures_toll_missing` ON `figures` (`id`) WHERE cumulative = 1 AND toll IS NULL;