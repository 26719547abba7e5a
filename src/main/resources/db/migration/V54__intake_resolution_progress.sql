-- Identity resolution works through an import in registration_id order. The last registration_id it
-- resolved lets the next batch start there instead of skipping every row already resolved, and the
-- number resolved gives the progress without counting the rows of a partition on every page view.
ALTER TABLE intake_import
  ADD COLUMN resolved_through TEXT COLLATE "C",
  ADD COLUMN rows_resolved    INT NOT NULL DEFAULT 0;
UPDATE intake_import i
SET rows_resolved = (SELECT count(*) FROM intake_antecedent a WHERE a.import_id = i.id AND a.person_id IS NOT NULL);
