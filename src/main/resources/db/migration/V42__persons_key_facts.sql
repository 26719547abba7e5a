-- The key facts of each person, derived from their source records and kept with the person so that a
-- selection run over a national registry reads one row per person instead of every source record:
-- date of birth (the one most sources give; on a tie the most recent), gender and city (most recent
-- non-empty), and a display name (most recent). Persons.refreshKeyFacts keeps them up to date on every
-- resolve, merge and unmerge.
ALTER TABLE persons_person
  ADD COLUMN date_of_birth DATE,
  ADD COLUMN gender        TEXT,
  ADD COLUMN city          TEXT,
  ADD COLUMN display_name  TEXT;

UPDATE persons_person p SET
  date_of_birth = (SELECT s.date_of_birth FROM persons_source_record s
                   WHERE s.person_id = p.id AND s.date_of_birth IS NOT NULL
                   GROUP BY s.date_of_birth ORDER BY count(*) DESC, max(s.received_at) DESC LIMIT 1),
  gender = (SELECT s.gender FROM persons_source_record s WHERE s.person_id = p.id AND s.gender IS NOT NULL
            ORDER BY s.received_at DESC LIMIT 1),
  city = (SELECT s.city FROM persons_source_record s WHERE s.person_id = p.id AND s.city IS NOT NULL
          ORDER BY s.received_at DESC LIMIT 1),
  display_name = (SELECT concat_ws(' ', s.given_names, s.surname_prefix, s.surname) FROM persons_source_record s
                  WHERE s.person_id = p.id ORDER BY s.received_at DESC LIMIT 1);
