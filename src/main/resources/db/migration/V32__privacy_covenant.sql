-- Privacy covenants: which partners may receive data about clients of which target groups, when.
CREATE TABLE privacy_covenant
(
  id          UUID PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  purposes    TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  valid_from  DATE NOT NULL,
  valid_to    DATE,
  document_id UUID,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE privacy_covenant_party
(
  covenant_id     UUID NOT NULL REFERENCES privacy_covenant (id),
  organisation_id UUID NOT NULL,
  PRIMARY KEY (covenant_id, organisation_id)
);
CREATE INDEX privacy_covenant_party_organisation ON privacy_covenant_party (organisation_id);

CREATE TABLE privacy_covenant_target_group
(
  covenant_id  UUID NOT NULL REFERENCES privacy_covenant (id),
  target_group TEXT NOT NULL,
  PRIMARY KEY (covenant_id, target_group)
);
