-- Selection (DESIGN.md §4 rules 1-3): versioned rule sets, runs with their ranked candidates, selection
-- meetings and the adopted priority lists. Rule sets and adopted lists never change: a trigger refuses
-- any update or delete, for the application role and the owner alike.
CREATE FUNCTION selection_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'selection: % of % refused, an adopted version never changes', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TABLE selection_rule_set
(
  version     INT PRIMARY KEY CHECK (version > 0),
  valid_from  DATE        NOT NULL,
  description TEXT        NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
  -- Classification rules and scoring weights as data (see RuleSet); no field for ethnicity, nationality
  -- or country of birth exists anywhere in it.
  rules       JSONB       NOT NULL,
  created_by  UUID,
  created_at  TIMESTAMPTZ NOT NULL
);
CREATE TRIGGER selection_rule_set_immutable BEFORE UPDATE OR DELETE ON selection_rule_set
  FOR EACH ROW EXECUTE FUNCTION selection_refuse_change();

CREATE TABLE selection_run
(
  id                UUID PRIMARY KEY,
  reference_date    DATE        NOT NULL,
  rule_set_version  INT         NOT NULL REFERENCES selection_rule_set (version),
  started_by        UUID,
  started_at        TIMESTAMPTZ NOT NULL,
  finished_at       TIMESTAMPTZ,
  status            TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
  persons_processed INT         NOT NULL DEFAULT 0,
  persons_total     INT,
  candidates        INT,
  failure           TEXT
);

-- Every person the run classified, ranked by score within the run.
CREATE TABLE selection_candidate
(
  run_id          UUID          NOT NULL REFERENCES selection_run (id),
  person_id       UUID          NOT NULL,
  rank            INT           NOT NULL,
  category        TEXT          NOT NULL,
  score           NUMERIC(12, 2) NOT NULL,
  age             INT,
  age_band        TEXT          NOT NULL,
  gender          TEXT,
  municipality    TEXT,
  antecedents     INT           NOT NULL,
  last_antecedent DATE          NOT NULL,
  breakdown       JSONB         NOT NULL,
  PRIMARY KEY (run_id, person_id)
);
CREATE UNIQUE INDEX selection_candidate_rank ON selection_candidate (run_id, rank);

-- The population the run looked at (persons with at least one antecedent up to the reference date), per
-- age band, gender and municipality: the denominators of the disparity overview.
CREATE TABLE selection_run_population
(
  run_id    UUID NOT NULL REFERENCES selection_run (id),
  dimension TEXT NOT NULL CHECK (dimension IN ('AGE_BAND', 'GENDER', 'MUNICIPALITY')),
  value     TEXT NOT NULL,
  persons   INT  NOT NULL,
  PRIMARY KEY (run_id, dimension, value)
);

CREATE TABLE selection_meeting
(
  id           UUID PRIMARY KEY,
  run_id       UUID        NOT NULL REFERENCES selection_run (id),
  held_on      DATE        NOT NULL,
  participants TEXT        NOT NULL CHECK (length(participants) <= 2000),
  prepared_by  UUID,
  prepared_at  TIMESTAMPTZ NOT NULL,
  status       TEXT        NOT NULL CHECK (status IN ('PREPARED', 'ADOPTED'))
);

-- The persons on a meeting's agenda: the run's candidates in the list categories, everyone on the current
-- list, and persons nominated by a partner. A decision with its reason per person.
CREATE TABLE selection_meeting_item
(
  meeting_id   UUID NOT NULL REFERENCES selection_meeting (id),
  person_id    UUID NOT NULL,
  on_agenda_as TEXT NOT NULL CHECK (on_agenda_as IN ('CANDIDATE', 'ON_CURRENT_LIST', 'NOMINATED')),
  nominated_by TEXT CHECK (length(nominated_by) <= 300),
  decision     TEXT CHECK (decision IN ('INCLUDE', 'EXCLUDE', 'HOLD')),
  reason       TEXT CHECK (length(reason) <= 2000),
  decided_by   UUID,
  decided_at   TIMESTAMPTZ,
  PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE selection_priority_list
(
  id               UUID PRIMARY KEY,
  version          INT         NOT NULL UNIQUE CHECK (version > 0),
  meeting_id       UUID        NOT NULL UNIQUE REFERENCES selection_meeting (id),
  run_id           UUID        NOT NULL REFERENCES selection_run (id),
  rule_set_version INT         NOT NULL REFERENCES selection_rule_set (version),
  reference_date   DATE        NOT NULL,
  adopted_by       UUID        NOT NULL,
  adopted_at       TIMESTAMPTZ NOT NULL
);
CREATE TABLE selection_priority_list_entry
(
  list_id          UUID           NOT NULL REFERENCES selection_priority_list (id),
  rank             INT            NOT NULL,
  person_id        UUID           NOT NULL,
  category         TEXT,
  score            NUMERIC(12, 2),
  breakdown        JSONB,
  inclusion_reason TEXT,
  PRIMARY KEY (list_id, person_id),
  UNIQUE (list_id, rank)
);
-- Who left the list with this version, and why (the meeting's decision).
CREATE TABLE selection_priority_list_departure
(
  list_id   UUID NOT NULL REFERENCES selection_priority_list (id),
  person_id UUID NOT NULL,
  decision  TEXT NOT NULL,
  reason    TEXT NOT NULL,
  PRIMARY KEY (list_id, person_id)
);
CREATE TRIGGER selection_priority_list_immutable BEFORE UPDATE OR DELETE ON selection_priority_list
  FOR EACH ROW EXECUTE FUNCTION selection_refuse_change();
CREATE TRIGGER selection_priority_list_entry_immutable BEFORE UPDATE OR DELETE ON selection_priority_list_entry
  FOR EACH ROW EXECUTE FUNCTION selection_refuse_change();
CREATE TRIGGER selection_priority_list_departure_immutable BEFORE UPDATE OR DELETE ON selection_priority_list_departure
  FOR EACH ROW EXECUTE FUNCTION selection_refuse_change();
