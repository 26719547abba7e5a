-- Uploaded documents (PDF only, checked by content), kept in the database with their SHA-256.
CREATE TABLE platform_document
(
  id          UUID PRIMARY KEY,
  file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 210),
  size        BIGINT NOT NULL CHECK (size > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  content     BYTEA NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
