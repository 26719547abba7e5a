-- A run's candidates are written on as many connections as the machine has cores (V143 wrote them on the run's
-- own): the run's table is created and committed first, its ranges of ranks are COPYed on connections of their
-- own, its two indexes are built at once on two more, and only then the run's transaction attaches it. Until the
-- attach the table is no partition: no reader sees a candidate of a run that has not completed. A run that fails
-- drops its table; one cut off by a crash leaves it unattached, and the next run drops it (with the run it
-- belonged to marked failed). docs/performance.md, "Selection run".
DROP FUNCTION selection_candidate_new_partition(UUID);

-- A run's partition holds one run (its check says which), so its two unique indexes need no run_id: on person_id
-- and on rank alone they are half the size and built in half the time (0.32 and 0.30 s against 0.64 and 0.54 s
-- for a national run's 451,816 candidates). PostgreSQL cannot declare a unique index on the partitioned table
-- without the partition key, so the two indexes of V143 on selection_candidate itself go, and every partition gets
-- its own: the default partition and V143's partition of the earlier runs, which hold many runs, keep run_id first.
-- Queries name the run, so the planner prunes to its partition and uses the partition's index.
ALTER TABLE selection_candidate DROP CONSTRAINT selection_candidate_pkey;
DROP INDEX selection_candidate_rank;
DO
$$
DECLARE
  part  RECORD;
  stray TEXT;
BEGIN
  FOR part IN
    SELECT c.oid, c.relname, pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT' OR c.relname = 'selection_candidate_v60' AS many
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'selection_candidate'::regclass
  LOOP
    -- V143's attach built the primary key's index anew next to the run's own (run_id, person_id) index, which it
    -- then left unused: whatever indexes are left after the two above went, go too.
    FOR stray IN SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = part.oid LOOP
      EXECUTE 'DROP INDEX ' || stray;
    END LOOP;
    IF part.many THEN
      EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (run_id, person_id)', part.relname);
      EXECUTE format('CREATE UNIQUE INDEX %I ON %I (run_id, rank)', part.relname || '_rank', part.relname);
    ELSE
      EXECUTE format('CREATE UNIQUE INDEX %I ON %I (person_id)', part.relname || '_person_id', part.relname);
      EXECUTE format('CREATE UNIQUE INDEX %I ON %I (rank)', part.relname || '_rank', part.relname);
    END IF;
  END LOOP;
END
$$;

-- The score as a double (it is one, rounded to cents, in the run) and the factors' values as a bytea of eight
-- big-endian bytes each (float8send's format) instead of numeric and double precision[]: PostgreSQL takes both as
-- they come, where numeric and an array cost it a conversion per value. A COPY of a national run's 451,816
-- candidates on one connection: 0.87-0.93 s before, 0.73 s with the factors as columns, 0.52-0.57 s without them.
CREATE FUNCTION selection_factors_as_bytes(factors DOUBLE PRECISION[]) RETURNS BYTEA
  LANGUAGE sql IMMUTABLE
AS
$$
SELECT coalesce(string_agg(float8send(f), ''::BYTEA ORDER BY n), ''::BYTEA)
FROM unnest(factors) WITH ORDINALITY AS u (f, n)
$$;
ALTER TABLE selection_candidate
  ALTER COLUMN score TYPE DOUBLE PRECISION,
  ALTER COLUMN factors TYPE BYTEA USING selection_factors_as_bytes(factors);
DROP FUNCTION selection_factors_as_bytes(DOUBLE PRECISION[]);

-- A fresh table for the candidates of one run, committed by the caller before the COPYs; its check ties every row
-- to the run and lets ATTACH skip scanning it. Tables left by runs that did not complete are dropped first.
-- Called only while the caller holds the selection run's lock (SelectionRuns).
CREATE FUNCTION selection_candidate_prepare_partition(for_run UUID) RETURNS TEXT
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS
$$
DECLARE
  partition TEXT := selection_candidate_partition_name(for_run);
  orphan    TEXT;
BEGIN
  FOR orphan IN
    -- One run at a time (the run's advisory lock is held by the caller's run): any other run's unattached table is
    -- left over, whether its run failed, was cut off, or was rolled back with the transaction that started it.
    SELECT relname
    FROM pg_class
    WHERE relname ~ '^selection_candidate_[0-9a-f]{32}$' AND relnamespace = 'public'::regnamespace AND relkind = 'r'
      AND NOT relispartition AND relname <> partition
  LOOP
    BEGIN
      -- A table another transaction still holds (a run attaching it in a transaction not yet committed, as the demo
      -- seeding's runs do) is not left over: skip it rather than wait for that transaction, which may be our caller's.
      EXECUTE format('LOCK TABLE %I IN ACCESS EXCLUSIVE MODE NOWAIT', orphan);
      IF NOT (SELECT relispartition FROM pg_class WHERE relname = orphan AND relnamespace = 'public'::regnamespace) THEN
        EXECUTE format('DROP TABLE %I', orphan);
      END IF;
    EXCEPTION
      WHEN lock_not_available THEN NULL;
    END;
  END LOOP;
  EXECUTE format('CREATE TABLE %I (LIKE selection_candidate, CHECK (run_id = %L))', partition, for_run);
  RETURN partition;
END
$$;

-- One of the two unique indexes of a run's table, before it is attached (by_column: person_id or rank), named
-- <table>_<column>.
CREATE FUNCTION selection_candidate_index_partition(for_run UUID, by_column TEXT) RETURNS VOID
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET maintenance_work_mem = '256MB'
AS
$$
DECLARE
  partition TEXT := selection_candidate_partition_name(for_run);
BEGIN
  IF by_column NOT IN ('person_id', 'rank') THEN
    RAISE invalid_parameter_value USING MESSAGE = 'a candidate table is indexed by person_id or rank';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_class WHERE relname = partition AND relnamespace = 'public'::regnamespace
                 AND relkind = 'r' AND NOT relispartition) THEN
    RAISE undefined_table USING MESSAGE = 'no unattached candidate table for this run';
  END IF;
  EXECUTE format('CREATE UNIQUE INDEX %I ON %I (%I)', partition || '_' || by_column, partition, by_column);
END
$$;

-- In the run's transaction: the foreign key's check, once (the run found and locked FOR KEY SHARE until commit,
-- as V143 did when creating the table), then the table becomes the run's partition (its indexes are its own: V145).
CREATE OR REPLACE FUNCTION selection_candidate_attach_partition(for_run UUID) RETURNS VOID
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS
$$
DECLARE
  partition TEXT := selection_candidate_partition_name(for_run);
BEGIN
  PERFORM FROM selection_run WHERE id = for_run FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE foreign_key_violation USING MESSAGE = 'selection_candidate names a selection_run that does not exist';
  END IF;
  EXECUTE format('ALTER TABLE selection_candidate ATTACH PARTITION %I FOR VALUES IN (%L)', partition, for_run);
END
$$;

-- A failed run's table, unless it is attached (then the run completed and its candidates stay).
CREATE FUNCTION selection_candidate_drop_unattached(for_run UUID) RETURNS VOID
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS
$$
DECLARE
  partition TEXT := selection_candidate_partition_name(for_run);
BEGIN
  IF EXISTS (SELECT FROM pg_class WHERE relname = partition AND relnamespace = 'public'::regnamespace
             AND relkind = 'r' AND NOT relispartition) THEN
    EXECUTE format('DROP TABLE %I', partition);
  END IF;
END
$$;

REVOKE ALL ON FUNCTION selection_candidate_prepare_partition(UUID) FROM PUBLIC;
REVOKE ALL ON FUNCTION selection_candidate_index_partition(UUID, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION selection_candidate_drop_unattached(UUID) FROM PUBLIC;
DO
$$
BEGIN
  IF '${app_role}' NOT IN ('', current_user) THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION selection_candidate_prepare_partition(UUID) TO %I', '${app_role}');
    EXECUTE format('GRANT EXECUTE ON FUNCTION selection_candidate_index_partition(UUID, TEXT) TO %I', '${app_role}');
    EXECUTE format('GRANT EXECUTE ON FUNCTION selection_candidate_drop_unattached(UUID) TO %I', '${app_role}');
  END IF;
END
$$;
