-- Retention and the rights of data subjects (DESIGN.md §4 rule 11; AVG art. 15–17).

-- A legal hold stops erasure of everything about one person (e.g. a pending court case, a complaint,
-- an Inspectie request); lifting it lets the next run of the retention job decide again.
CREATE TABLE privacy_legal_hold
(
  id          UUID PRIMARY KEY,
  person_id   UUID        NOT NULL,
  reason      TEXT        NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
  placed_by   UUID        NOT NULL,
  placed_at   TIMESTAMPTZ NOT NULL,
  lifted_by   UUID,
  lifted_at   TIMESTAMPTZ,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX privacy_legal_hold_active ON privacy_legal_hold (person_id) WHERE lifted_at IS NULL;

-- One row per scheduled job: a node runs the job only after taking the row (locked_until in the past),
-- so with several nodes on one database only one runs it. A crashed node's lease runs out by itself.
CREATE TABLE privacy_job_lock
(
  name         TEXT PRIMARY KEY,
  locked_until TIMESTAMPTZ NOT NULL,
  locked_at    TIMESTAMPTZ NOT NULL,
  locked_by    TEXT        NOT NULL
);
INSERT INTO privacy_job_lock (name, locked_until, locked_at, locked_by)
VALUES ('retention', TIMESTAMPTZ '2000-01-01 00:00:00+00', TIMESTAMPTZ '2000-01-01 00:00:00+00', '-');

-- A run of the retention job: what it erased is in the audit log (counts and ids, no content); this row
-- says when it ran and how far it came, for operations.
CREATE TABLE privacy_retention_run
(
  id              UUID PRIMARY KEY,
  started_at      TIMESTAMPTZ NOT NULL,
  finished_at     TIMESTAMPTZ,
  reference_date  DATE        NOT NULL,
  node            TEXT        NOT NULL,
  persons_erased  INTEGER     NOT NULL DEFAULT 0,
  records_erased  INTEGER     NOT NULL DEFAULT 0,
  persons_held    INTEGER     NOT NULL DEFAULT 0,
  failure         TEXT
);

-- Requests of data subjects: access (art. 15), rectification (art. 16), erasure (art. 17). Deadline one
-- month from receipt, extendable by two months with a reason (art. 12(3)).
CREATE TABLE privacy_subject_request
(
  id                 UUID PRIMARY KEY,
  kind               TEXT        NOT NULL CHECK (kind IN ('ACCESS', 'RECTIFICATION', 'ERASURE')),
  person_id          UUID        NOT NULL,
  received_on        DATE        NOT NULL,
  deadline           DATE        NOT NULL,
  extended_to        DATE,
  extension_reason   TEXT,
  request_text       TEXT CHECK (length(request_text) <= 4000),
  status             TEXT        NOT NULL CHECK (status IN ('OPEN', 'GRANTED', 'PARTLY_GRANTED', 'REFUSED')),
  decision           TEXT CHECK (length(decision) <= 4000),
  -- For a refused or partly granted erasure: the art. 17(3) exception (e.g. 17(3)(b) legal obligation).
  legal_ground       TEXT,
  registered_by      UUID        NOT NULL,
  registered_at      TIMESTAMPTZ NOT NULL,
  decided_by         UUID,
  decided_at         TIMESTAMPTZ,
  CHECK ((extended_to IS NULL) = (extension_reason IS NULL)),
  CHECK ((status = 'OPEN') = (decided_at IS NULL)),
  CHECK (status = 'OPEN' OR decision IS NOT NULL),
  CHECK (kind <> 'ERASURE' OR status IN ('OPEN', 'GRANTED') OR legal_ground IS NOT NULL)
);
CREATE INDEX privacy_subject_request_person ON privacy_subject_request (person_id);

-- The handling of a request, step by step (registered, extended, exported, decided).
CREATE TABLE privacy_subject_request_step
(
  request_id UUID        NOT NULL REFERENCES privacy_subject_request (id),
  at         TIMESTAMPTZ NOT NULL,
  actor_id   UUID,
  actor_name TEXT        NOT NULL,
  step       TEXT        NOT NULL,
  detail     TEXT
);
CREATE INDEX privacy_subject_request_step_by_request ON privacy_subject_request_step (request_id, at);

-- The partner on whose behalf the house processes a person's data (model privacy protocol 2018), and every
-- transfer of a person's data from one partner to another with its legal basis.
CREATE TABLE privacy_responsible_partner
(
  person_id        UUID        NOT NULL,
  partner_id       UUID        NOT NULL,
  since            TIMESTAMPTZ NOT NULL,
  activity         TEXT        NOT NULL,
  object_type      TEXT        NOT NULL,
  object_id        TEXT        NOT NULL,
  PRIMARY KEY (person_id, object_type, object_id)
);

CREATE TABLE privacy_transfer
(
  id           UUID PRIMARY KEY,
  person_id    UUID        NOT NULL,
  source_id    UUID        NOT NULL,
  recipient_id UUID        NOT NULL,
  legal_basis  TEXT        NOT NULL,
  activity     TEXT        NOT NULL,
  object_type  TEXT        NOT NULL,
  object_id    TEXT,
  at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX privacy_transfer_person ON privacy_transfer (person_id);
