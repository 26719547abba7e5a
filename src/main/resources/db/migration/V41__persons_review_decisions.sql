-- Clerical review decisions, and merges that can be undone: a merge remembers which source records it
-- moved from which person, so that unmerging restores exactly the earlier state.
ALTER TABLE persons_review_item
  ADD COLUMN decided_by UUID,
  ADD COLUMN decided_at TIMESTAMPTZ;

CREATE TABLE persons_merge
(
  id                UUID PRIMARY KEY,
  review_item_id    UUID        NOT NULL REFERENCES persons_review_item (id),
  from_person_id    UUID        NOT NULL REFERENCES persons_person (id),
  into_person_id    UUID        NOT NULL REFERENCES persons_person (id),
  source_record_ids UUID[]      NOT NULL,
  merged_by         UUID,
  merged_at         TIMESTAMPTZ NOT NULL,
  undone_by         UUID,
  undone_at         TIMESTAMPTZ
);
CREATE INDEX persons_merge_review_item ON persons_merge (review_item_id);
