-- Referrals and signals: a partner brings a person to the house (referral) or passes information about
-- one (signal). The referring partner stays responsible for the data (model privacy protocol 2018): the
-- referral keeps the person data as that partner gave them, and the registry keeps them as one of the
-- person's source records (reference = the referral's reference).
CREATE SEQUENCE intake_referral_number;

CREATE TABLE intake_referral
(
  id                  UUID PRIMARY KEY,
  reference           TEXT NOT NULL UNIQUE,
  kind                TEXT NOT NULL CHECK (kind IN ('REFERRAL', 'SIGNAL')),
  status              TEXT NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REFERRED_ELSEWHERE', 'REJECTED')),
  organisation_id     UUID NOT NULL,
  organisation_name   TEXT NOT NULL,
  referrer_id         UUID NOT NULL,
  referrer_name       TEXT NOT NULL,
  received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  person_id           UUID NOT NULL,
  bsn                 TEXT,
  given_names         TEXT,
  surname_prefix      TEXT,
  surname             TEXT NOT NULL,
  date_of_birth       DATE,
  gender              CHAR(1) CHECK (gender IN ('M', 'V', 'X')),
  street              TEXT,
  house_number        TEXT,
  postal_code         TEXT,
  city                TEXT,
  target_groups       TEXT[] NOT NULL CHECK (cardinality(target_groups) > 0),
  reason              TEXT NOT NULL,
  goal                TEXT,
  person_informed     BOOLEAN NOT NULL,
  not_informed_reason TEXT,
  decided_at          TIMESTAMP WITH TIME ZONE,
  decided_by          UUID,
  decided_by_name     TEXT,
  decision_reason     TEXT,
  referred_to         TEXT,
  CHECK (person_informed OR not_informed_reason IS NOT NULL),
  CHECK ((status = 'OPEN') = (decided_at IS NULL)),
  CHECK (status = 'OPEN' OR decision_reason IS NOT NULL),
  CHECK ((status = 'REFERRED_ELSEWHERE') = (referred_to IS NOT NULL))
);

-- The partners the referrer proposes to take part (from the partner register; the name as it was).
CREATE TABLE intake_referral_participant
(
  referral_id       UUID NOT NULL REFERENCES intake_referral (id),
  organisation_id   UUID NOT NULL,
  organisation_name TEXT NOT NULL,
  PRIMARY KEY (referral_id, organisation_id)
);

-- The triage queue (open, oldest first), a partner's own referrals, and the counts per person for selection.
CREATE INDEX intake_referral_open ON intake_referral (received_at) WHERE status = 'OPEN';
CREATE INDEX intake_referral_organisation ON intake_referral (organisation_id, received_at);
CREATE INDEX intake_referral_person ON intake_referral (person_id, received_at);
