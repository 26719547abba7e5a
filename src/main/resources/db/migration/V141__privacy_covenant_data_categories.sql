-- Field-level data minimisation (issue 11 item 5): per party of a privacy covenant, the categories of data the
-- covenant lets that party receive (privacy.DataCategory; docs/privacy.md). Part of the covenant record, so it
-- is versioned with it: a covenant valid in a period says what each party may see in that period.
CREATE TABLE privacy_covenant_party_category
(
  covenant_id     UUID NOT NULL,
  organisation_id UUID NOT NULL,
  category        TEXT NOT NULL CHECK (category IN ('IDENTITY', 'BSN', 'CONTACT', 'JUDICIAL', 'CARE', 'VICTIM')),
  PRIMARY KEY (covenant_id, organisation_id, category),
  FOREIGN KEY (covenant_id, organisation_id) REFERENCES privacy_covenant_party (covenant_id, organisation_id)
);
CREATE INDEX privacy_covenant_party_category_organisation ON privacy_covenant_party_category (organisation_id);

-- No silent loss: every party of a covenant recorded before this change keeps seeing what it saw (every category).
INSERT INTO privacy_covenant_party_category (covenant_id, organisation_id, category)
SELECT p.covenant_id, p.organisation_id, c.category
FROM privacy_covenant_party p
CROSS JOIN (VALUES ('IDENTITY'), ('BSN'), ('CONTACT'), ('JUDICIAL'), ('CARE'), ('VICTIM')) AS c (category);
