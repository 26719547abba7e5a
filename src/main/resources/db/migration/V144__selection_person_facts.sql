-- What a selection run needs of a person, one row per person with antecedents, kept ahead of the runs:
-- the key facts (date of birth, gender, city) and every resolved antecedent packed into four bytes (a big-endian
-- int: the registration date as days since 1970-01-01 times 16, plus the offence category's code), all of a
-- person's in one bytea: PostgreSQL sends a bytea as it is, where an int4[] costs it a conversion per element
-- (a COPY of the million rows: 0.5 s against 1.0-1.2 s). A national run
-- used to read 9.4 million antecedent rows and a million persons out of two modules' tables at every run
-- (most of its time); now it reads a million compact rows (docs/performance.md, "Selection run").
--
-- The facts are derived data, never edited: selection_person_facts_source says what they are, and a person's row
-- is recomputed from it whenever that person's antecedents or key facts changed. The statement triggers below
-- note the changed persons in selection_facts_change (append-only, no unique key: concurrent writers never wait
-- for each other there); the application recomputes the noted persons in the background and before every run,
-- and a run reads the persons noted after that from the source itself, so a run sees exactly its snapshot. An
-- erasure (a person or antecedents deleted) removes the persons' stored facts at once, in the same transaction.
-- This is the one place where the database ties selection to intake's and persons' tables, on purpose
-- (docs/architecture.md, Selection).
CREATE FUNCTION selection_offence_code(category TEXT) RETURNS INT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS
$$
-- The position in nl.veiligheidshuis.intake.OffenceCategory (SelectionFactsIntegrationTest checks every value).
SELECT array_position(ARRAY ['PROPERTY', 'VIOLENCE', 'VANDALISM', 'PUBLIC_ORDER', 'DRUGS', 'DOMESTIC_VIOLENCE', 'SEXUAL',
                             'WEAPONS', 'TRAFFIC', 'OTHER'], upper(category)) - 1
$$;

CREATE VIEW selection_person_facts_source AS
SELECT a.person_id,
       p.date_of_birth,
       p.gender,
       p.city,
       string_agg(int4send((a.registration_date - DATE '1970-01-01') * 16 + selection_offence_code(a.offence_category)),
                  ''::BYTEA ORDER BY a.registration_date, a.offence_category) AS antecedents
FROM intake_antecedent a
LEFT JOIN persons_person p ON p.id = a.person_id
WHERE a.person_id IS NOT NULL
GROUP BY a.person_id, p.date_of_birth, p.gender, p.city;

CREATE TABLE selection_person_facts
(
  person_id     UUID   NOT NULL PRIMARY KEY,
  date_of_birth DATE,
  gender        TEXT,
  city          TEXT,
  antecedents   BYTEA  NOT NULL
);

CREATE TABLE selection_facts_change
(
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id UUID NOT NULL
);

CREATE FUNCTION selection_note_antecedent_change() RETURNS TRIGGER
  LANGUAGE plpgsql
AS
$$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO selection_facts_change (person_id) SELECT DISTINCT person_id FROM new_rows WHERE person_id IS NOT NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO selection_facts_change (person_id) SELECT DISTINCT person_id FROM old_rows WHERE person_id IS NOT NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    -- Erased antecedents leave the facts with the erasure, not at the next refresh (a noted person is read from the
    -- source anyway, so the stored row is not needed until the refresh writes it again from what is left). Shared
    -- with other erasures, exclusive with a refresh batch: a batch that computed the row before this erasure
    -- committed cannot write it back after, and the two never wait for each other's rows (no deadlock).
    PERFORM pg_advisory_xact_lock_shared(hashtext('selection.facts'));
    DELETE FROM selection_person_facts WHERE person_id IN (SELECT person_id FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

-- On the partitioned table: they see the rows of every partition a statement on intake_antecedent touched. An
-- import attaches its partition with no person resolved yet (person_id NULL), so attaching notes nothing.
CREATE TRIGGER selection_facts_on_antecedent_insert
  AFTER INSERT ON intake_antecedent REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_note_antecedent_change();
CREATE TRIGGER selection_facts_on_antecedent_update
  AFTER UPDATE ON intake_antecedent REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_note_antecedent_change();
CREATE TRIGGER selection_facts_on_antecedent_delete
  AFTER DELETE ON intake_antecedent REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_note_antecedent_change();

CREATE FUNCTION selection_note_person_change() RETURNS TRIGGER
  LANGUAGE plpgsql
AS
$$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO selection_facts_change (person_id) SELECT id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO selection_facts_change (person_id) SELECT id FROM old_rows;
    PERFORM pg_advisory_xact_lock_shared(hashtext('selection.facts')); -- as for antecedents above
    DELETE FROM selection_person_facts WHERE person_id IN (SELECT id FROM old_rows);
  ELSE
    -- Only a change of a key fact matters (a person's row changes for many other reasons).
    INSERT INTO selection_facts_change (person_id)
    SELECT n.id
    FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    WHERE (n.date_of_birth, n.gender, n.city) IS DISTINCT FROM (o.date_of_birth, o.gender, o.city);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER selection_facts_on_person_insert
  AFTER INSERT ON persons_person REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_note_person_change();
CREATE TRIGGER selection_facts_on_person_update
  AFTER UPDATE ON persons_person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_note_person_change();
CREATE TRIGGER selection_facts_on_person_delete
  AFTER DELETE ON persons_person REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION selection_note_person_change();

-- Recomputes every person's facts from the source (this migration, and bench/selection after it writes its data
-- around the triggers). Under the lock the application's refresh takes too; the notes it replaces go with it.
CREATE FUNCTION selection_person_facts_rebuild() RETURNS BIGINT
  LANGUAGE plpgsql SET work_mem = '256MB'
AS
$$
DECLARE
  rebuilt BIGINT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('selection.facts'));
  DELETE FROM selection_facts_change;
  -- DELETE, not TRUNCATE: a run whose snapshot is older must still see the rows it began with.
  DELETE FROM selection_person_facts;
  INSERT INTO selection_person_facts (person_id, date_of_birth, gender, city, antecedents)
  SELECT person_id, date_of_birth, gender, city, antecedents FROM selection_person_facts_source;
  GET DIAGNOSTICS rebuilt = ROW_COUNT;
  ANALYZE selection_person_facts;
  RETURN rebuilt;
END
$$;

REVOKE ALL ON FUNCTION selection_person_facts_rebuild() FROM PUBLIC;

SELECT selection_person_facts_rebuild();
