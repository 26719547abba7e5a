-- A national selection run writes its candidates (hundreds of thousands) with one COPY. The foreign key from
-- selection_candidate to selection_run checked every row on its own: per candidate a lookup of the run and a
-- lock on its row, about a third of the time of a run over 1,000,000 persons (docs/performance.md,
-- "Selection run"). The same rule is now checked once per statement, over all the rows it wrote: the runs
-- they name must exist (locked FOR KEY SHARE until commit, as the foreign key did). A run that has
-- candidates cannot be deleted (the foreign key's NO ACTION); the application never deletes runs.
--
-- The breakdown becomes json instead of jsonb: it is only ever stored and read back whole, and json only
-- checks the text instead of building a binary document per candidate. Priority-list entries copy it into
-- their jsonb column (json to jsonb is an assignment cast).
ALTER TABLE selection_candidate DROP CONSTRAINT selection_candidate_run_id_fkey;
ALTER TABLE selection_candidate ALTER COLUMN breakdown TYPE json USING breakdown::json;

CREATE FUNCTION selection_candidate_check_run() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
AS
$$
DECLARE
  named UUID;
BEGIN
  -- A statement writes the candidates of one run (or a few): one lookup per run, not per row.
  FOR named IN SELECT DISTINCT run_id FROM candidate_rows
    LOOP
      PERFORM FROM selection_run WHERE id = named FOR KEY SHARE;
      IF NOT FOUND THEN
        RAISE foreign_key_violation USING MESSAGE = 'selection_candidate names a selection_run that does not exist';
      END IF;
    END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER selection_candidate_run_on_insert
  AFTER INSERT ON selection_candidate REFERENCING NEW TABLE AS candidate_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_candidate_check_run();
CREATE TRIGGER selection_candidate_run_on_update
  AFTER UPDATE ON selection_candidate REFERENCING NEW TABLE AS candidate_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_candidate_check_run();

CREATE FUNCTION selection_run_keep_candidates() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
AS
$$
BEGIN
  IF EXISTS (SELECT FROM selection_candidate WHERE run_id = OLD.id) THEN
    RAISE foreign_key_violation USING MESSAGE = 'selection_run has candidates';
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER selection_run_keep_candidates
  BEFORE DELETE ON selection_run FOR EACH ROW EXECUTE FUNCTION selection_run_keep_candidates();
