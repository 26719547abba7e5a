-- Identity resolution works through an import in registration_id order; the last registration_id it
-- resolved lets the next batch start there instead of skipping every row already resolved.
ALTER TABLE intake_import ADD COLUMN resolved_through TEXT;
