-- The person registry: one row per person, the records the partners sent about them (source records,
-- kept as they were said, with who said it and when), and the clerical-review queue of identity
-- resolution. The merged view of a person is computed from the source records.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE persons_person
(
  id         UUID PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE persons_source_record
(
  id                 UUID PRIMARY KEY,
  person_id          UUID        NOT NULL REFERENCES persons_person (id),
  -- The partner organisation that said it (id and name copied at receipt: no foreign key across modules).
  organisation_id    UUID        NOT NULL,
  organisation_name  TEXT        NOT NULL CHECK (length(organisation_name) BETWEEN 1 AND 300),
  reference          TEXT CHECK (length(reference) <= 100),
  received_at        TIMESTAMPTZ NOT NULL,
  -- The BSN as given (digits only); bsn_verified only when it passes the 11-test. Only verified ones are keys.
  bsn                TEXT CHECK (length(bsn) <= 20),
  bsn_verified       BOOLEAN     NOT NULL,
  given_names        TEXT CHECK (length(given_names) <= 200),
  surname_prefix     TEXT CHECK (length(surname_prefix) <= 40),
  surname            TEXT        NOT NULL CHECK (length(surname) BETWEEN 1 AND 200),
  alias              TEXT CHECK (length(alias) <= 200),
  date_of_birth      DATE,
  gender             TEXT CHECK (gender IN ('M', 'V', 'X')),
  street             TEXT CHECK (length(street) <= 200),
  house_number       TEXT CHECK (length(house_number) <= 20),
  postal_code        TEXT CHECK (length(postal_code) <= 10),
  city               TEXT CHECK (length(city) <= 100),
  address_valid_from DATE,
  address_valid_to   DATE,
  -- Derived by the engine's DutchNames at write time: search and blocking keys (surname_key is the
  -- surname proper without prefix and spaces, given_key the normalised given names).
  surname_key        TEXT        NOT NULL,
  prefix_key         TEXT        NOT NULL,
  given_key          TEXT        NOT NULL,
  phonetic_surname   TEXT        NOT NULL,
  birth_year         INTEGER,
  CONSTRAINT persons_source_record_address_period
    CHECK (address_valid_to IS NULL OR address_valid_from IS NULL OR address_valid_to >= address_valid_from)
);
CREATE INDEX persons_source_record_person ON persons_source_record (person_id);
CREATE INDEX persons_source_record_organisation ON persons_source_record (organisation_id, person_id);
CREATE INDEX persons_source_record_bsn ON persons_source_record (bsn) WHERE bsn_verified;
CREATE INDEX persons_source_record_phonetic_year ON persons_source_record (phonetic_surname, birth_year);
CREATE INDEX persons_source_record_birth ON persons_source_record (date_of_birth);
CREATE INDEX persons_source_record_postal_code ON persons_source_record (postal_code);
CREATE INDEX persons_source_record_surname ON persons_source_record (surname_key);
CREATE INDEX persons_source_record_first_given ON persons_source_record (split_part(given_key, ' ', 1));
CREATE INDEX persons_source_record_surname_trgm ON persons_source_record USING gin (surname_key gin_trgm_ops);

-- A source record that may be the same person as a registered one (probability between the thresholds):
-- it was registered as a person of its own; a person decides whether to merge.
CREATE TABLE persons_review_item
(
  id                  UUID PRIMARY KEY,
  source_record_id    UUID             NOT NULL REFERENCES persons_source_record (id),
  candidate_person_id UUID             NOT NULL REFERENCES persons_person (id),
  probability         DOUBLE PRECISION NOT NULL CHECK (probability BETWEEN 0 AND 1),
  created_at          TIMESTAMPTZ      NOT NULL,
  status              TEXT             NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SAME', 'DIFFERENT'))
);
CREATE INDEX persons_review_item_open ON persons_review_item (created_at) WHERE status = 'OPEN';
