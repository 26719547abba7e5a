-- The rows an import with skipInvalid=true left out, kept for download: line number in the file (1 = the
-- header), the Dutch reason and the line as it was sent. They hold personal data like the antecedents.
CREATE TABLE intake_import_reject
(
  import_id     UUID   NOT NULL REFERENCES intake_import (id),
  line          BIGINT NOT NULL,
  reason        TEXT   NOT NULL,
  original_line TEXT   NOT NULL,
  PRIMARY KEY (import_id, line)
);
