-- Offer and contract (DESIGN.md §4 rule 6): each offer of a plan version to the client, answered once:
-- accepted (the date, both signatures, the contract as generated then, optionally the scanned signed copy) or
-- refused (the reason). The contract and the scan are client data: they are served only through the trajectory
-- (need-to-know), never through the house's open document store.
CREATE TABLE trajectories_offer
(
  id                       UUID PRIMARY KEY,
  trajectory_id            UUID NOT NULL REFERENCES trajectories_trajectory (id),
  plan_number              INTEGER NOT NULL,
  offered_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  offered_by_name          TEXT NOT NULL,
  outcome                  TEXT NOT NULL CHECK (outcome IN ('OPEN', 'ACCEPTED', 'REFUSED')),
  answered_at              TIMESTAMP WITH TIME ZONE,
  accepted_on              DATE,
  client_signature_name    TEXT,
  manager_signature_name   TEXT,
  refusal_reason           TEXT,
  contract                 BYTEA,
  signed_scan              BYTEA,
  signed_scan_name         TEXT,
  CHECK ((outcome = 'ACCEPTED') = (accepted_on IS NOT NULL AND contract IS NOT NULL
          AND client_signature_name IS NOT NULL AND manager_signature_name IS NOT NULL)),
  CHECK ((outcome = 'REFUSED') = (refusal_reason IS NOT NULL)),
  CHECK ((outcome = 'OPEN') = (answered_at IS NULL)),
  CHECK ((signed_scan IS NULL) = (signed_scan_name IS NULL))
);
CREATE UNIQUE INDEX trajectories_one_open_offer ON trajectories_offer (trajectory_id) WHERE outcome = 'OPEN';
CREATE INDEX trajectories_offer_by_trajectory ON trajectories_offer (trajectory_id, offered_at);

-- The status of each intervention in execution: started, completed or stopped, with its dates (planned when
-- there is no row). The changes themselves are on the timeline.
CREATE TABLE trajectories_intervention_status
(
  trajectory_id   UUID NOT NULL REFERENCES trajectories_trajectory (id),
  intervention_id UUID PRIMARY KEY,
  status          TEXT NOT NULL CHECK (status IN ('STARTED', 'COMPLETED', 'STOPPED')),
  started_on      DATE,
  ended_on        DATE,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by_name TEXT NOT NULL,
  CHECK (status = 'STOPPED' OR started_on IS NOT NULL),
  CHECK ((status IN ('COMPLETED', 'STOPPED')) = (ended_on IS NOT NULL)),
  CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX trajectories_intervention_status_by_trajectory ON trajectories_intervention_status (trajectory_id);

-- Escalation (rule 6, "drang en dwang"): the measures of pressure and coercion after a refusal or a drop-out,
-- each owned by the Public Prosecution Service or a municipality of the partner register, with dates and outcome.
CREATE TABLE trajectories_escalation_measure
(
  id               UUID PRIMARY KEY,
  trajectory_id    UUID NOT NULL REFERENCES trajectories_trajectory (id),
  description      TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('PRESSURE', 'COERCION')),
  owner_id         UUID NOT NULL,
  owner_name       TEXT NOT NULL,
  starts_on        DATE NOT NULL,
  ends_on          DATE,
  outcome          TEXT,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by_name TEXT NOT NULL,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX trajectories_escalation_by_trajectory ON trajectories_escalation_measure (trajectory_id, recorded_at);

-- Progress reports (rule 7): free text and/or a text per life domain, by their author, on a date.
CREATE TABLE trajectories_progress_report
(
  id            UUID PRIMARY KEY,
  trajectory_id UUID NOT NULL REFERENCES trajectories_trajectory (id),
  reported_on   DATE NOT NULL,
  text          TEXT,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  author_id     UUID NOT NULL,
  author_name   TEXT NOT NULL
);
CREATE INDEX trajectories_progress_by_trajectory ON trajectories_progress_report (trajectory_id, reported_on);

CREATE TABLE trajectories_progress_report_domain
(
  report_id   UUID NOT NULL REFERENCES trajectories_progress_report (id),
  life_domain TEXT NOT NULL CHECK (life_domain IN ('IDENTITY_DOCUMENTS', 'HOUSING', 'WORK_AND_INCOME', 'EDUCATION',
                'HEALTH', 'SELF_RELIANCE', 'DEBTS')),
  text        TEXT NOT NULL,
  PRIMARY KEY (report_id, life_domain)
);
