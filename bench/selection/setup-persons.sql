-- Selection benchmark setup (bench/selection/run.sh), run by psql as the cluster's superuser after the
-- import: the persons and person ids from the generator's ground truth instead of identity resolution.
-- Variable: import_id (the import's id); standard input: the generator's persons file.
--
-- 1. persons_person: one row per generated person, id derived from the BSN that all their rows carry,
--    with the key facts a selection run reads (date of birth, gender, city) and a display name.
-- 2. The import's partition rewritten with person_id = the same derived id (detach, copy into a fresh
--    table with the columns, check and indexes the import gives a partition, attach), then VACUUM so
--    every row is visible to all and the person index can be read without visiting the table.
\set ON_ERROR_STOP on
SELECT intake_antecedent_partition_name(:'import_id') AS part \gset

BEGIN;
CREATE TEMP TABLE bench_person (bsn TEXT, date_of_birth DATE, gender TEXT, city TEXT, display_name TEXT);
\copy bench_person FROM pstdin WITH (FORMAT csv, HEADER true)
INSERT INTO persons_person (id, created_at, date_of_birth, gender, city, display_name)
SELECT md5('vh-bench-person:' || bsn)::uuid, now(), date_of_birth, gender, city, display_name FROM bench_person;

ALTER TABLE intake_antecedent DETACH PARTITION :"part";
ALTER TABLE :"part" RENAME TO bench_unresolved;
CREATE TABLE :"part" (LIKE intake_antecedent, CHECK (import_id = :'import_id'::uuid));
INSERT INTO :"part"
SELECT registration_id, import_id, bsn, surname_prefix, surname, given_names, date_of_birth, gender, street,
       house_number, postal_code, city, registration_date, offence_code, offence_category,
       md5('vh-bench-person:' || bsn)::uuid
FROM bench_unresolved;
DROP TABLE bench_unresolved;
SET maintenance_work_mem = '512MB';
CREATE UNIQUE INDEX ON :"part" (registration_id);
CREATE INDEX ON :"part" (person_id, registration_date, offence_category) WHERE person_id IS NOT NULL;
ALTER TABLE intake_antecedent ATTACH PARTITION :"part" FOR VALUES IN (:'import_id');
UPDATE intake_import SET resolved_through = (SELECT max(registration_id) FROM :"part") WHERE id = :'import_id';
COMMIT;
VACUUM (FREEZE, ANALYZE) :"part";
VACUUM ANALYZE persons_person;
