-- Reporting: a read model fed by the events of trajectories, agenda and (after the merge) victims. It holds no
-- names, BSNs or addresses: a trajectory id, a pseudonym of the person (not the person id), the target group, the
-- district municipality and the moments of the path. Retention may erase the dossiers; these rows stay, so the
-- steering-group reports over past periods keep their figures (DESIGN.md §4 rules 11 and 13).

CREATE TABLE reporting_trajectory (
  trajectory_id   UUID PRIMARY KEY,
  subject         UUID NOT NULL,
  target_group    TEXT NOT NULL,
  origin          TEXT NOT NULL,
  municipality    TEXT,
  state           TEXT NOT NULL,
  started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  assigned_at     TIMESTAMP WITH TIME ZONE,
  offered_at      TIMESTAMP WITH TIME ZONE,
  contracted_at   TIMESTAMP WITH TIME ZONE,
  execution_at    TIMESTAMP WITH TIME ZONE,
  completed_at    TIMESTAMP WITH TIME ZONE,
  escalated_at    TIMESTAMP WITH TIME ZONE,
  closed_at       TIMESTAMP WITH TIME ZONE,
  closure_reason  TEXT
);
CREATE INDEX reporting_trajectory_started ON reporting_trajectory (started_at);

-- Every state a trajectory entered, when (a trajectory can be escalated and offered again).
CREATE TABLE reporting_transition (
  trajectory_id  UUID NOT NULL,
  to_state       TEXT NOT NULL,
  at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reporting_transition_at ON reporting_transition (at, to_state);

-- Who directed a trajectory when (user account id of the intervention manager; no name).
CREATE TABLE reporting_assignment (
  trajectory_id         UUID NOT NULL,
  intervention_manager  UUID NOT NULL,
  from_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  to_at                 TIMESTAMP WITH TIME ZONE
);
CREATE INDEX reporting_assignment_by_trajectory ON reporting_assignment (trajectory_id);

CREATE TABLE reporting_commitment_answer (
  intervention_id  UUID NOT NULL,
  owner_id         UUID NOT NULL,
  requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  answered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed        BOOLEAN NOT NULL,
  PRIMARY KEY (intervention_id, requested_at)
);

CREATE TABLE reporting_conference (
  conference_id  UUID PRIMARY KEY,
  starts_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE reporting_action_item (
  action_item_id  UUID PRIMARY KEY,
  due_on          DATE NOT NULL,
  completed_on    DATE
);

-- Incidents that other modules report (the victims module after the merge, through ReportingFacts): a
-- pseudonym of the victim, the day, and whether it is domestic violence. For repeat victimisation.
CREATE TABLE reporting_victim_incident (
  incident_id  UUID PRIMARY KEY,
  subject      UUID NOT NULL,
  occurred_on  DATE NOT NULL,
  domestic     BOOLEAN NOT NULL
);
CREATE INDEX reporting_victim_incident_subject ON reporting_victim_incident (subject, occurred_on);

-- The performance indicators of Bijlage 1 (GSB prestaties Heerlen 2005-2009), versioned by period: a new
-- version from a date on replaces nothing; the report of a period uses the newest version that began on or
-- before the end of the period. A NULL baseline is one the document does not give (the 2005 repeat rate of
-- domestic violence was not yet measured; the share completed has no baseline). Targets in percent; for DV_REPEAT
-- the change against the baseline (-25%).
CREATE TABLE reporting_indicator (
  code         TEXT PRIMARY KEY,
  position     INTEGER NOT NULL,
  title        TEXT NOT NULL,
  measure      TEXT NOT NULL
);

CREATE TABLE reporting_indicator_version (
  code           TEXT NOT NULL REFERENCES reporting_indicator (code),
  valid_from     DATE NOT NULL,
  valid_to       DATE,
  baseline       NUMERIC(10, 2),
  baseline_year  INTEGER,
  target         NUMERIC(10, 2) NOT NULL,
  target_text    TEXT NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by    TEXT NOT NULL,
  PRIMARY KEY (code, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO reporting_indicator (code, position, title, measure) VALUES
  ('VAPO_OFFERED', 1, 'Zeer actieve veelplegers (volwassen) met een aanbod', 'OFFERED_SHARE_OF_BASELINE:VERY_ACTIVE_PROLIFIC_OFFENDER'),
  ('YOUTH_OFFERED', 2, 'Jeugdige veelplegers met een aanbod', 'OFFERED_SHARE_OF_BASELINE:YOUTH_PROLIFIC_OFFENDER'),
  ('OFFERED_COMPLETED', 3, 'Aangeboden trajecten die zijn afgerond', 'COMPLETED_SHARE_OF_OFFERED'),
  ('NUISANCE_IN_APPROACH', 4, 'Notoire overlastveroorzakers in de aanpak (opvang, detentie, zorgmijders: elk een derde)', 'COUNT:PERSISTENT_NUISANCE_OFFENDER'),
  ('DV_REPEAT', 5, 'Herhaling huiselijk geweld (recidive) ten opzichte van 2005', 'DOMESTIC_REPEAT_RATE');

INSERT INTO reporting_indicator_version (code, valid_from, valid_to, baseline, baseline_year, target, target_text, recorded_at, recorded_by) VALUES
  ('VAPO_OFFERED', DATE '2005-01-01', NULL, 75, 2004, 38, 'Minimaal 38% (30% GSB en 8% Provincie) van de 75 zeer actieve veelplegers krijgt een aanbod', now(), 'Bijlage 1 kaderdocument'),
  ('YOUTH_OFFERED', DATE '2005-01-01', NULL, 8, 2004, 100, '100% van de 8 jeugdige veelplegers krijgt een aanbod (minimaal 80% GSB en 20% Provincie)', now(), 'Bijlage 1 kaderdocument'),
  ('OFFERED_COMPLETED', DATE '2005-01-01', NULL, NULL, 2004, 100, '100% van de aangeboden trajecten wordt afgerond', now(), 'Bijlage 1 kaderdocument'),
  ('NUISANCE_IN_APPROACH', DATE '2005-01-01', NULL, 80, 2004, 80, '80 overlastgevenden: 33% in opvang, 33% in detentie, 33% zorgwekkende zorgmijders', now(), 'Bijlage 1 kaderdocument'),
  ('DV_REPEAT', DATE '2005-01-01', NULL, NULL, 2005, -25, 'Afname recidive huiselijk geweld met 25% (20% GSB en 5% Provincie) ten opzichte van 2005', now(), 'Bijlage 1 kaderdocument');
