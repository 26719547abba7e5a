-- A run's candidates are written on as many connections as the machine has cores (V143 wrote them on the run's
-- own): the run's table is created and committed first, its ranges of ranks are COPYed on connections of their
-- own, its two indexes are built at once on two more, and only then the run's transaction attaches it. Until the
-- attach the table is no partition: no reader sees a candidate of a run that has not completed. A run that fails
-- drops its table; one cut off by a crash leaves it unattached, and the next run drops it (with the run it
-- belonged to marked failed). docs/performance.md, "Selection run".
DROP FUNCTION selection_candidate_new_partition(UUID);

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
-- <table>_<column>. The one on person_id becomes the table's primary key at the attach (ATTACH wants the primary
-- key of selection_candidate as a constraint, and would otherwise build that index a second time).
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
  EXECUTE format('CREATE UNIQUE INDEX %I ON %I (run_id, %I)', partition || '_' || by_column, partition, by_column);
END
$$;

-- In the run's transaction: the foreign key's check, once (the run found and locked FOR KEY SHARE until commit,
-- as V143 did when creating the table), then the table becomes the run's partition.
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
  IF EXISTS (SELECT FROM pg_class WHERE relname = partition || '_person_id' AND relnamespace = 'public'::regnamespace) THEN
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I PRIMARY KEY USING INDEX %I', partition, partition || '_pkey',
                   partition || '_person_id');
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
