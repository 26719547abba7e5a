-- Imports of the police offender list (antecedents) and the antecedents themselves. An antecedent is
-- identified by the police's own registration id, so importing the same file twice adds nothing.
CREATE TABLE intake_import
(
  id             UUID PRIMARY KEY,
  kind           TEXT NOT NULL,
  file_sha256    TEXT NOT NULL,
  imported_by    UUID,
  imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  rows_read      INT NOT NULL,
  rows_inserted  INT NOT NULL,
  rows_duplicate INT NOT NULL,
  rows_rejected  INT NOT NULL
);

CREATE TABLE intake_antecedent
(
  registration_id   TEXT PRIMARY KEY,
  import_id         UUID NOT NULL REFERENCES intake_import (id),
  bsn               TEXT,
  surname_prefix    TEXT,
  surname           TEXT NOT NULL,
  given_names       TEXT,
  date_of_birth     DATE NOT NULL,
  gender            CHAR(1),
  street            TEXT,
  house_number      TEXT,
  postal_code       TEXT,
  city              TEXT,
  registration_date DATE NOT NULL,
  offence_code      TEXT,
  offence_category  TEXT NOT NULL,
  -- The person of the registry this antecedent is resolved to; NULL until identity resolution ran.
  person_id         UUID
);
-- Only the primary key for now: every index costs import time. Identity resolution adds the index on
-- person_id it needs when it comes.
