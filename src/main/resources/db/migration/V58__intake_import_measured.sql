-- The antecedent import after measuring it (docs/performance.md); V52 and V54 had landed already.
--
-- registration_id is compared byte by byte ("C"): an opaque code of the police, and its unique index per
-- import then builds with memcmp and abbreviated keys instead of the locale's comparison (about a third
-- faster for ten million rows). New partitions copy the collation (CREATE TABLE ... LIKE); the indexes of
-- existing ones are rebuilt here. The resolution cursor compares with it, so it gets the same collation.
ALTER TABLE intake_antecedent ALTER COLUMN registration_id TYPE TEXT COLLATE "C";
ALTER TABLE intake_import ALTER COLUMN resolved_through TYPE TEXT COLLATE "C";

-- The number of rows identity resolution has done, counted along by its batches: the import page shows
-- the progress from the import record instead of counting the rows of every partition on each view.
ALTER TABLE intake_import ADD COLUMN rows_resolved INT NOT NULL DEFAULT 0;
UPDATE intake_import i
SET rows_resolved = (SELECT count(*) FROM intake_antecedent a WHERE a.import_id = i.id AND a.person_id IS NOT NULL);

CREATE OR REPLACE FUNCTION intake_antecedent_complete_partition(for_import UUID, copied BIGINT,
                                                     OUT inserted BIGINT, OUT duplicate_in_file BIGINT,
                                                     OUT already_known BIGINT)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  SET maintenance_work_mem = '128MB' SET work_mem = '64MB'
AS
$$
DECLARE
  partition   TEXT     := intake_antecedent_partition_name(for_import);
  earlier     REGCLASS;
  overlapping REGCLASS[] := '{}';
  known       BIGINT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('intake.police-antecedents'));
  -- Against each earlier partition on its own: the planner knows each one's size and that its ids are
  -- unique, which it does not know of the partitioned table as a whole (it has no statistics); asked
  -- about the whole, it probed an index ten million times. Counted first, because a re-import, where
  -- everything is known, then costs one join and no deletes.
  already_known := 0;
  FOR earlier IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'intake_antecedent'::regclass
    LOOP
      EXECUTE format('SELECT count(*) FROM %I p WHERE EXISTS (SELECT 1 FROM %s a WHERE a.registration_id = p.registration_id)',
                     partition, earlier) INTO known;
      IF known > 0 THEN
        already_known := already_known + known;
        overlapping := overlapping || earlier;
      END IF;
    END LOOP;
  duplicate_in_file := 0;
  IF already_known = copied THEN
    inserted := 0;
    EXECUTE format('DROP TABLE %I', partition);
    RETURN;
  END IF;
  FOREACH earlier IN ARRAY overlapping
    LOOP
      EXECUTE format('DELETE FROM %I p WHERE EXISTS (SELECT 1 FROM %s a WHERE a.registration_id = p.registration_id)',
                     partition, earlier);
    END LOOP;

  BEGIN
    -- Optimistic: a file normally has no duplicates, and then the unique index is all they cost.
    EXECUTE format('CREATE UNIQUE INDEX ON %I (registration_id)', partition);
  EXCEPTION
    WHEN unique_violation THEN
      -- COPY filled the fresh table page by page in file order, so the smallest ctid is the first line.
      EXECUTE format('DELETE FROM %1$I a USING (SELECT registration_id, min(ctid) AS keep FROM %1$I'
                       ' GROUP BY registration_id HAVING count(*) > 1) d'
                       ' WHERE a.registration_id = d.registration_id AND a.ctid <> d.keep', partition);
      GET DIAGNOSTICS duplicate_in_file = ROW_COUNT;
      EXECUTE format('CREATE UNIQUE INDEX ON %I (registration_id)', partition);
  END;
  EXECUTE format('CREATE INDEX ON %I (person_id, registration_date, offence_category) WHERE person_id IS NOT NULL',
                 partition);
  inserted := copied - already_known - duplicate_in_file;
  EXECUTE format('ALTER TABLE intake_antecedent ATTACH PARTITION %I FOR VALUES IN (%L)', partition, for_import);
  EXECUTE format('ANALYZE %I', partition);
END
$$;
