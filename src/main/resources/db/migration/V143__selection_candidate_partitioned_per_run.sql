-- The candidates are partitioned per run, as the antecedents are per import (V52): a run COPYs its candidates
-- into a fresh table of its own without indexes, builds that table's two indexes in one sorted pass each and
-- attaches it as a partition, all in the run's transaction (a failed run leaves nothing). Maintaining the two
-- unique indexes row by row was most of the time a national run spent storing its candidates: per candidate
-- a descent into each index in score order (docs/performance.md, "Selection run").
--
-- The rule of the foreign key (V61: a candidate's run exists) holds as before. A run's partition carries a
-- check that every row names that run, and the function that creates it first looks the run up and locks it
-- FOR KEY SHARE until commit, as the foreign key did: one check per statement, as V61's trigger does for
-- every other writer (which writes through selection_candidate and lands in the default partition or a run's).
-- A run with candidates still cannot be deleted (V61's trigger on selection_run reads selection_candidate,
-- every partition).
--
-- The application role may not change the schema; the two functions below do the few DDL steps of a run, as
-- the owner of the schema (SECURITY DEFINER) and for the candidate partitions only.
ALTER TABLE selection_candidate RENAME TO selection_candidate_v60;
ALTER INDEX selection_candidate_pkey RENAME TO selection_candidate_v60_pkey;
ALTER INDEX selection_candidate_rank RENAME TO selection_candidate_v60_rank;
DROP TRIGGER selection_candidate_run_on_insert ON selection_candidate_v60;
DROP TRIGGER selection_candidate_run_on_update ON selection_candidate_v60;

CREATE TABLE selection_candidate
(
  run_id          UUID             NOT NULL,
  person_id       UUID             NOT NULL,
  rank            INT              NOT NULL,
  category        TEXT             NOT NULL,
  score           NUMERIC(12, 2)   NOT NULL,
  age             INT,
  age_band        TEXT             NOT NULL,
  gender          TEXT,
  municipality    TEXT,
  antecedents     INT              NOT NULL,
  last_antecedent DATE             NOT NULL,
  -- The values of the score's factors in ScoringFactor order (V142); weights are in the run's rule-set version.
  factors         DOUBLE PRECISION[] NOT NULL,
  PRIMARY KEY (run_id, person_id)
) PARTITION BY LIST (run_id);
CREATE UNIQUE INDEX selection_candidate_rank ON selection_candidate (run_id, rank);

CREATE TRIGGER selection_candidate_run_on_insert
  AFTER INSERT ON selection_candidate REFERENCING NEW TABLE AS candidate_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_candidate_check_run();
CREATE TRIGGER selection_candidate_run_on_update
  AFTER UPDATE ON selection_candidate REFERENCING NEW TABLE AS candidate_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_candidate_check_run();

-- The candidates of earlier runs stay where they are, as one partition for all of them.
DO
$$
DECLARE
  earlier TEXT;
BEGIN
  SELECT string_agg(quote_literal(run_id::text), ', ') INTO earlier FROM (SELECT DISTINCT run_id FROM selection_candidate_v60) r;
  IF earlier IS NULL THEN
    DROP TABLE selection_candidate_v60;
  ELSE
    EXECUTE format('ALTER TABLE selection_candidate ATTACH PARTITION selection_candidate_v60 FOR VALUES IN (%s)', earlier);
  END IF;
END
$$;

-- Rows written through selection_candidate for a run without a partition of its own (none of the application's
-- own: it writes every run's candidates into the run's partition). Normally empty, so attaching a run's partition
-- only glances at it.
CREATE TABLE selection_candidate_default PARTITION OF selection_candidate DEFAULT;

CREATE FUNCTION selection_candidate_partition_name(for_run UUID) RETURNS TEXT
  LANGUAGE sql IMMUTABLE
AS
$$
SELECT 'selection_candidate_' || replace(for_run::text, '-', '')
$$;

-- A fresh table for the candidates of one run, created in the caller's transaction, after the run has been found and locked FOR KEY SHARE (the foreign key's check, once); its check ties every
-- row to the run and lets ATTACH skip scanning it for the partition bound.
CREATE FUNCTION selection_candidate_new_partition(for_run UUID) RETURNS TEXT
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
  EXECUTE format('CREATE TABLE %I (LIKE selection_candidate, CHECK (run_id = %L))', partition, for_run);
  RETURN partition;
END
$$;

-- After the run's COPY: the two indexes in one pass each, then the partition is attached.
CREATE FUNCTION selection_candidate_attach_partition(for_run UUID) RETURNS VOID
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET maintenance_work_mem = '256MB'
AS
$$
DECLARE
  partition TEXT := selection_candidate_partition_name(for_run);
BEGIN
  EXECUTE format('CREATE UNIQUE INDEX ON %I (run_id, person_id)', partition);
  EXECUTE format('CREATE UNIQUE INDEX ON %I (run_id, rank)', partition);
  EXECUTE format('ALTER TABLE selection_candidate ATTACH PARTITION %I FOR VALUES IN (%L)', partition, for_run);
END
$$;

REVOKE ALL ON FUNCTION selection_candidate_new_partition(UUID) FROM PUBLIC;
REVOKE ALL ON FUNCTION selection_candidate_attach_partition(UUID) FROM PUBLIC;
DO
$$
BEGIN
  IF '${app_role}' NOT IN ('', current_user) THEN
    EXECUTE format('GRANT EXECUTE ON FUNCTION selection_candidate_new_partition(UUID) TO %I', '${app_role}');
    EXECUTE format('GRANT EXECUTE ON FUNCTION selection_candidate_attach_partition(UUID) TO %I', '${app_role}');
  END IF;
END
$$;
