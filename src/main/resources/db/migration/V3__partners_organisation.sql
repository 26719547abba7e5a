-- Partner organisations of the house. The Partners issue adds type details, presence, contact points
-- and accession declarations.
CREATE TABLE partners_organisation
(
  id         UUID PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  type       TEXT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
