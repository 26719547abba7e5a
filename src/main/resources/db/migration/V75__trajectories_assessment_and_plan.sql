-- Assessments (DESIGN.md §2 ASSESSMENT): the result of a licensed instrument as the professional recorded it,
-- never re-computed here. Scores per scale or domain in a row each; the professional's judgement apart from
-- the scores; the deficits the mapping proposed and those the intervention manager confirmed (NULL: not yet).
CREATE TABLE trajectories_assessment
(
  id                  UUID PRIMARY KEY,
  trajectory_id       UUID NOT NULL REFERENCES trajectories_trajectory (id),
  instrument          TEXT NOT NULL CHECK (instrument IN ('RISC', 'ZRM', 'LIJ', 'CHILD_PROTECTION_BOARD', 'YOUTH_CARE')),
  assessed_on         DATE NOT NULL,
  overall_risk        TEXT CHECK (overall_risk IN ('LOW', 'MEDIUM', 'HIGH')),
  result              TEXT,
  judgement           TEXT,
  proposed_deficits   TEXT[] NOT NULL,
  confirmed_deficits  TEXT[],
  confirmed_at        TIMESTAMP WITH TIME ZONE,
  confirmed_by_name   TEXT,
  recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by         UUID NOT NULL,
  recorded_by_name    TEXT NOT NULL,
  CHECK (instrument <> 'RISC' OR overall_risk IS NOT NULL),
  CHECK (instrument IN ('RISC', 'ZRM') OR result IS NOT NULL),
  CHECK ((confirmed_deficits IS NULL) = (confirmed_at IS NULL))
);
CREATE INDEX trajectories_assessment_by_trajectory ON trajectories_assessment (trajectory_id, recorded_at);

CREATE TABLE trajectories_assessment_score
(
  assessment_id UUID NOT NULL REFERENCES trajectories_assessment (id),
  item          TEXT NOT NULL,
  score         INTEGER NOT NULL,
  PRIMARY KEY (assessment_id, item)
);

-- The intervention plan, versioned: every change writes a new version with all its interventions; earlier
-- versions are never changed. An intervention keeps its id from version to version.
CREATE TABLE trajectories_plan_version
(
  trajectory_id UUID NOT NULL REFERENCES trajectories_trajectory (id),
  number        INTEGER NOT NULL CHECK (number > 0),
  change        TEXT NOT NULL CHECK (change IN ('ADDED', 'REMOVED', 'RESCHEDULED')),
  reason        TEXT,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id      UUID NOT NULL,
  actor_name    TEXT NOT NULL,
  PRIMARY KEY (trajectory_id, number)
);

CREATE TABLE trajectories_plan_intervention
(
  trajectory_id   UUID NOT NULL,
  plan_number     INTEGER NOT NULL,
  intervention_id UUID NOT NULL,
  position        INTEGER NOT NULL,
  description     TEXT NOT NULL,
  life_domain     TEXT NOT NULL CHECK (life_domain IN ('IDENTITY_DOCUMENTS', 'HOUSING', 'WORK_AND_INCOME', 'EDUCATION',
                    'HEALTH', 'SELF_RELIANCE', 'DEBTS')),
  type            TEXT NOT NULL CHECK (type IN ('TRAJECTORY_GUIDANCE', 'OTHER')),
  kind            TEXT NOT NULL CHECK (kind IN ('CARE', 'PRESSURE', 'COERCION')),
  owner_id        UUID NOT NULL,
  owner_name      TEXT NOT NULL,
  planned_start   DATE NOT NULL,
  planned_end     DATE,
  CHECK (planned_end IS NULL OR planned_end >= planned_start),
  PRIMARY KEY (trajectory_id, plan_number, intervention_id),
  FOREIGN KEY (trajectory_id, plan_number) REFERENCES trajectories_plan_version (trajectory_id, number)
);
CREATE INDEX trajectories_plan_intervention_by_id ON trajectories_plan_intervention (intervention_id);

-- The partner check (DESIGN.md §4 rule 5): per intervention a request to its owner partner to commit to the
-- planned start. Answered once: confirmed, or another start proposed (the plan then changes and a new
-- request for the new date follows). A request still open when the plan goes back to planning is withdrawn.
CREATE TABLE trajectories_commitment
(
  id               UUID PRIMARY KEY,
  trajectory_id    UUID NOT NULL REFERENCES trajectories_trajectory (id),
  intervention_id  UUID NOT NULL,
  plan_number      INTEGER NOT NULL,
  owner_id         UUID NOT NULL,
  owner_name       TEXT NOT NULL,
  planned_start    DATE NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('REQUESTED', 'CONFIRMED', 'COUNTER_PROPOSED', 'WITHDRAWN')),
  requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at      TIMESTAMP WITH TIME ZONE,
  answered_by      UUID,
  answered_by_name TEXT,
  proposed_start   DATE,
  note             TEXT,
  CHECK ((status = 'COUNTER_PROPOSED') = (proposed_start IS NOT NULL)),
  CHECK ((status IN ('CONFIRMED', 'COUNTER_PROPOSED')) = (answered_at IS NOT NULL))
);
CREATE UNIQUE INDEX trajectories_one_open_request ON trajectories_commitment (intervention_id) WHERE status = 'REQUESTED';
CREATE INDEX trajectories_commitment_by_owner ON trajectories_commitment (owner_id, status);
CREATE INDEX trajectories_commitment_by_trajectory ON trajectories_commitment (trajectory_id, requested_at);
