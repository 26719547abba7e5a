-- The partner register of the covenant: presence, period, contact points, the covenant itself, the
-- accession of each partner (signing or a later declaration), chain leads, municipalities and rooms.
ALTER TABLE partners_organisation
  ADD COLUMN presence    TEXT NOT NULL DEFAULT 'REMOTE' CHECK (presence IN ('DAILY', 'FLEX_DESK', 'REMOTE')),
  ADD COLUMN active_from DATE,
  ADD COLUMN active_to   DATE,
  ADD CONSTRAINT partners_organisation_period CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from);

CREATE TABLE partners_contact_point
(
  id              UUID PRIMARY KEY,
  organisation_id UUID NOT NULL REFERENCES partners_organisation (id),
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  phone           TEXT CHECK (length(phone) <= 40),
  email           TEXT CHECK (length(email) <= 200),
  subject         TEXT CHECK (length(subject) <= 200)
);
CREATE INDEX partners_contact_point_organisation ON partners_contact_point (organisation_id);

-- The covenant record: one row per covenant of the house (normally one).
CREATE TABLE partners_covenant
(
  id          UUID PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  signed_on   DATE NOT NULL,
  place       TEXT,
  summary     TEXT,
  document_id UUID
);

-- How a partner became a party: by signing the covenant (SIGNATORY, effective on the signing date) or by
-- an accession declaration approved by the steering group (DECLARATION, effective from effective_from).
CREATE TABLE partners_accession
(
  id              UUID PRIMARY KEY,
  organisation_id UUID NOT NULL REFERENCES partners_organisation (id),
  covenant_id     UUID NOT NULL REFERENCES partners_covenant (id),
  kind            TEXT NOT NULL CHECK (kind IN ('SIGNATORY', 'DECLARATION')),
  representative  TEXT CHECK (length(representative) <= 200),
  approved_on     DATE,
  signed_on       DATE,
  effective_from  DATE,
  document_id     UUID,
  recorded_by     TEXT NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (kind = 'SIGNATORY' OR approved_on IS NOT NULL)
);
CREATE INDEX partners_accession_organisation ON partners_accession (organisation_id);

CREATE TABLE partners_chain_lead
(
  chain           TEXT PRIMARY KEY,
  organisation_id UUID NOT NULL REFERENCES partners_organisation (id)
);

CREATE TABLE partners_municipality
(
  id   UUID PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100)
);

CREATE TABLE partners_municipality_population
(
  municipality_id UUID NOT NULL REFERENCES partners_municipality (id),
  year            INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  population      INTEGER NOT NULL CHECK (population >= 0),
  counted_on      DATE NOT NULL,
  source          TEXT CHECK (length(source) <= 200),
  PRIMARY KEY (municipality_id, year)
);

CREATE TABLE partners_room
(
  id       UUID PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
  kind     TEXT NOT NULL CHECK (kind IN ('MEETING_ROOM', 'FLEX_DESK', 'INTERVIEW_ROOM', 'OFFICE')),
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500)
);

