-- The antecedents are partitioned per import: an import COPYs its rows into a fresh table of its own
-- without indexes, builds that table's indexes in one pass each (far cheaper than maintaining them row by
-- row) and attaches it as a partition; all in the import's transaction, so a failed or killed import
-- leaves nothing. See docs/architecture.md (intake) and docs/performance.md.
--
-- registration_id is unique per partition (a unique index) and across partitions by the import itself:
-- under a transaction-level advisory lock it removes the rows whose registration_id is already known
-- before attaching. PostgreSQL cannot declare one unique index across partitions that does not contain
-- the partition key. The import record (intake_import) is written in the same transaction; the foreign
-- key to it is gone because the partition bound already ties every row to its import, and checking it
-- on ATTACH would read the whole new partition once more.
--
-- The application role may not change the schema; the two functions below do the few DDL steps of an
-- import, as the owner of the schema (SECURITY DEFINER) and for the intake partitions only.
ALTER TABLE intake_antecedent RENAME TO intake_antecedent_v50;

CREATE TABLE intake_antecedent
(
  registration_id   TEXT NOT NULL,
  import_id         UUID NOT NULL,
  bsn               TEXT,
  surname_prefix    TEXT,
  surname           TEXT NOT NULL,
  given_names       TEXT,
  date_of_birth     DATE NOT NULL,
  gender            CHAR(1),
  street            TEXT,
  house_number      TEXT,
  postal_code       TEXT,
  city              TEXT,
  registration_date DATE NOT NULL,
  offence_code      TEXT,
  offence_category  TEXT NOT NULL,
  -- The person of the registry this antecedent is resolved to; NULL until identity resolution ran.
  person_id         UUID
) PARTITION BY LIST (import_id);

-- Reading the antecedents of a person (selection: per person, by date and category) is an index-only
-- range scan per partition. Partial: rows are NULL here until resolved, so an import builds this index
-- on an empty set and identity resolution fills it row by row in the background.
CREATE INDEX intake_antecedent_person ON intake_antecedent (person_id, registration_date, offence_category)
  WHERE person_id IS NOT NULL;

CREATE FUNCTION intake_antecedent_partition_name(for_import UUID) RETURNS TEXT
  LANGUAGE sql IMMUTABLE
AS
$$
SELECT 'intake_antecedent_' || replace(for_import::text, '-', '')
$$;

-- A fresh table for the rows of one import, created in the caller's transaction (so COPY ... FREEZE may
-- write it): the columns of intake_antecedent, import_id fixed by a default and a check (the check lets
-- ATTACH skip scanning the table for its partition bound).
CREATE FUNCTION intake_antecedent_new_partition(for_import UUID) RETURNS TEXT
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS
$$
DECLARE
  partition TEXT := intake_antecedent_partition_name(for_import);
BEGIN
  EXECUTE format('CREATE TABLE %I (LIKE intake_antecedent, CHECK (import_id = %L))', partition, for_import);
  EXECUTE format('ALTER TABLE %I ALTER COLUMN import_id SET DEFAULT %L', partition, for_import);
  RETURN partition;
END
$$;

-- Completes the import's partition after its COPY (copied = the rows COPY wrote): removes the file's own
-- duplicates (the first line wins), builds the indexes, then, one import at a time, removes the rows that
-- earlier imports already hold and attaches the partition (or drops it when nothing is new).
CREATE FUNCTION intake_antecedent_complete_partition(for_import UUID, copied BIGINT,
                                                     OUT inserted BIGINT, OUT duplicate_in_file BIGINT,
                                                     OUT already_known BIGINT)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET maintenance_work_mem = '256MB'
AS
$$
DECLARE
  partition TEXT := intake_antecedent_partition_name(for_import);
BEGIN
  duplicate_in_file := 0;
  BEGIN
    -- Optimistic: a file normally has no duplicates, and then the unique index is all it costs.
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

  -- One import at a time from here to the commit: the check below then sees every row committed before.
  PERFORM pg_advisory_xact_lock(hashtext('intake.police-antecedents'));
  EXECUTE format('SELECT count(*) FROM %I p WHERE EXISTS'
                   ' (SELECT 1 FROM intake_antecedent a WHERE a.registration_id = p.registration_id)', partition)
    INTO already_known;
  inserted := copied - duplicate_in_file - already_known;
  IF inserted = 0 THEN
    EXECUTE format('DROP TABLE %I', partition);
    RETURN;
  END IF;
  IF already_known > 0 THEN
    EXECUTE format('DELETE FROM %I p WHERE EXISTS'
                     ' (SELECT 1 FROM intake_antecedent a WHERE a.registration_id = p.registration_id)', partition);
  END IF;
  EXECUTE format('ALTER TABLE intake_antecedent ATTACH PARTITION %I FOR VALUES IN (%L)', partition, for_import);
  EXECUTE format('ANALYZE %I', partition);
END
$$;

REVOKE ALL ON FUNCTION intake_antecedent_new_partition(UUID) FROM PUBLIC;
REVOKE ALL ON FUNCTION intake_antecedent_complete_partition(UUID, BIGINT) FROM PUBLIC;
DO
$$
BEGIN
  IF '${app_role}' NOT IN ('', current_user) THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION intake_antecedent_new_partition(UUID) TO %I', '${app_role}');
    EXECUTE format('GRANT EXECUTE ON FUNCTION intake_antecedent_complete_partition(UUID, BIGINT) TO %I', '${app_role}');
  END IF;
END
$$;

-- The antecedents imported before: one partition per import, like every later one.
DO
$$
DECLARE
  earlier RECORD;
  partition TEXT;
BEGIN
  FOR earlier IN SELECT import_id, count(*) AS row_count FROM intake_antecedent_v50 GROUP BY import_id
    LOOP
      partition := intake_antecedent_new_partition(earlier.import_id);
      EXECUTE format('INSERT INTO %I SELECT registration_id, import_id, bsn, surname_prefix, surname, given_names,'
                       ' date_of_birth, gender, street, house_number, postal_code, city, registration_date,'
                       ' offence_code, offence_category, person_id FROM intake_antecedent_v50 WHERE import_id = %L',
                     partition, earlier.import_id);
      PERFORM intake_antecedent_complete_partition(earlier.import_id, earlier.row_count);
    END LOOP;
END
$$;
DROP TABLE intake_antecedent_v50;
