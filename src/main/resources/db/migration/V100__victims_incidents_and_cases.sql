-- Victims, incidents, domestic-violence cases and early intervention (issue 9, DESIGN.md §4 rule 12).
-- Persons are the person registry's ids; names are read through the persons module, never copied here.

-- An incident as a partner registered it: when, what kind, which partner said so.
CREATE TABLE victims_incident
(
  id                         UUID PRIMARY KEY,
  occurred_on                DATE NOT NULL,
  kind                       TEXT NOT NULL,
  description                TEXT,
  source_organisation_id     UUID NOT NULL,
  source_organisation_name   TEXT NOT NULL,
  registered_by              UUID,
  registered_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX victims_incident_by_source ON victims_incident (source_organisation_id);

-- The persons of an incident in their roles (one person may hold one role per incident).
CREATE TABLE victims_incident_person
(
  incident_id  UUID NOT NULL REFERENCES victims_incident (id),
  person_id    UUID NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('SUSPECT', 'VICTIM', 'WITNESS', 'CHILD_PRESENT')),
  PRIMARY KEY (incident_id, person_id)
);
CREATE INDEX victims_incident_person_by_person ON victims_incident_person (person_id, role);

-- Support offered to a victim: which kind, by which partner, consent and outcome.
CREATE TABLE victims_support_offer
(
  id                   UUID PRIMARY KEY,
  person_id            UUID NOT NULL,
  kind                 TEXT NOT NULL,
  organisation_id      UUID NOT NULL,
  organisation_name    TEXT NOT NULL,
  offered_on           DATE NOT NULL,
  consent              TEXT NOT NULL CHECK (consent IN ('PENDING', 'GIVEN', 'REFUSED')),
  outcome              TEXT,
  outcome_recorded_on  DATE,
  recorded_by          UUID,
  recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX victims_support_offer_by_person ON victims_support_offer (person_id);
CREATE INDEX victims_support_offer_by_organisation ON victims_support_offer (organisation_id);

-- A domestic-violence case: perpetrator(s), victim(s) and children together. The date of its last case
-- conference is recorded here (the agenda module is not a dependency of victims): a domestic-violence
-- incident after it and within the window makes the case a repeat case.
CREATE TABLE victims_dv_case
(
  id                      UUID PRIMARY KEY,
  opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  opened_by               UUID,
  opened_by_organisation  UUID NOT NULL,
  last_conference_on      DATE,
  safety_plan             TEXT,
  safety_plan_updated_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE victims_dv_case_person
(
  case_id    UUID NOT NULL REFERENCES victims_dv_case (id),
  person_id  UUID NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('PERPETRATOR', 'VICTIM', 'CHILD')),
  PRIMARY KEY (case_id, person_id)
);
CREATE INDEX victims_dv_case_person_by_person ON victims_dv_case_person (person_id);

-- A risk assessment of a case with a checklist (RiHG-style): the factors present, the score and the grade the
-- configured thresholds gave at the time.
CREATE TABLE victims_risk_assessment
(
  id           UUID PRIMARY KEY,
  case_id      UUID NOT NULL REFERENCES victims_dv_case (id),
  instrument   TEXT NOT NULL,
  factors      TEXT[] NOT NULL,
  score        INTEGER NOT NULL,
  grade        TEXT NOT NULL CHECK (grade IN ('LOW', 'ELEVATED', 'HIGH')),
  assessed_on  DATE NOT NULL,
  assessed_by  UUID,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX victims_risk_assessment_by_case ON victims_risk_assessment (case_id, recorded_at);

-- A temporary restraining order (huisverbod, Wet tijdelijk huisverbod): ten days from the day it is imposed,
-- extendable by the mayor to at most four weeks from that day in total.
CREATE TABLE victims_restraining_order
(
  id            UUID PRIMARY KEY,
  case_id       UUID NOT NULL REFERENCES victims_dv_case (id),
  person_id     UUID NOT NULL,
  imposed_on    DATE NOT NULL,
  ends_on       DATE NOT NULL,
  extended_on   DATE,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (ends_on > imposed_on AND ends_on <= imposed_on + 28)
);
CREATE INDEX victims_restraining_order_by_case ON victims_restraining_order (case_id);

-- Early intervention: a signal about a first offender or a minor (Halt), a referral and its outcome — a light
-- path that is no trajectory; escalation marks it for the house manager.
CREATE TABLE victims_early_signal
(
  id                        UUID PRIMARY KEY,
  person_id                 UUID NOT NULL,
  kind                      TEXT NOT NULL CHECK (kind IN ('FIRST_OFFENDER', 'HALT')),
  signalled_on              DATE NOT NULL,
  description               TEXT NOT NULL,
  referred_to               TEXT NOT NULL CHECK (referred_to IN ('HALT', 'YOUTH_CARE', 'NONE')),
  outcome                   TEXT,
  outcome_recorded_on       DATE,
  escalated_at              TIMESTAMP WITH TIME ZONE,
  escalation_reason         TEXT,
  source_organisation_id    UUID NOT NULL,
  source_organisation_name  TEXT NOT NULL,
  registered_by             UUID,
  registered_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX victims_early_signal_by_source ON victims_early_signal (source_organisation_id);
