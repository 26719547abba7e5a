-- Load benchmark (bench/load/setup.sh): the house's working set, written by direct SQL into the schema
-- after the migrations, the demo seeding, the police import (1,000,000 antecedents through the API) and
-- the persons of bench/selection/setup-persons.sql. Run by psql as the cluster's superuser. Synthetic only.
--
-- * 150 intervention managers (im.bench.001 …), 30 professionals of the probation service
--   (partner.bench.01 …) and 20 secretariat staff (secr.bench.01 …), each a copy of the matching demo
--   account (same organisation and password hash, so the demo password logs them in);
-- * 2,000 trajectories, one per person, started over the past year: 1,300 in execution (assessment,
--   plan with three interventions, confirmed commitments, accepted offer with a contract, interventions
--   started, a progress report every quarter), 500 in the partner check (one intervention confirmed,
--   one open commitment request to the probation service) and 200 closed (completed); every one with
--   its timeline, spread over the year.
-- The audit log is not back-filled (its hash chain is written by the application only); it grows
-- during the run.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL synchronous_commit = off;

CREATE TEMP TABLE bench_clone (prefix TEXT, template TEXT, n INT, display TEXT);
INSERT INTO bench_clone VALUES ('im.bench.', 'im.demo', 150, 'Interventiemanager '),
  ('partner.bench.', 'reclassering.demo', 30, 'Reclasseringswerker '),
  ('secr.bench.', 'secretariaat.demo', 20, 'Secretariaat ');
INSERT INTO identity_user_account (id, username, display_name, organisation_id, password_hash, enabled, created_at,
  password_changed_at)
SELECT md5('vh-bench-user:' || c.prefix || lpad(g::text, 3, '0'))::uuid, c.prefix || lpad(g::text, 3, '0'),
       c.display || g, t.organisation_id, t.password_hash, TRUE, now() - interval '1 year', now()
FROM bench_clone c JOIN identity_user_account t ON t.username = c.template, generate_series(1, c.n) g;
INSERT INTO identity_user_role (user_account_id, role)
SELECT md5('vh-bench-user:' || c.prefix || lpad(g::text, 3, '0'))::uuid, r.role
FROM bench_clone c JOIN identity_user_account t ON t.username = c.template
JOIN identity_user_role r ON r.user_account_id = t.id, generate_series(1, c.n) g;

CREATE TEMP TABLE bench_org AS
SELECT (SELECT organisation_id FROM identity_user_account WHERE username = 'reclassering.demo') AS probation,
       (SELECT organisation_id FROM identity_user_account WHERE username = 'politie.demo') AS police;
CREATE TEMP TABLE bench_org_name AS
SELECT o.probation, o.police,
       (SELECT name FROM partners_organisation WHERE id = o.probation) AS probation_name,
       (SELECT name FROM partners_organisation WHERE id = o.police) AS police_name
FROM bench_org o;

-- n = 1 … 2000: state by n, a manager by n, a person per n, a start date over the past year.
CREATE TEMP TABLE bench_t AS
SELECT n, md5('vh-bench-trajectory:' || n)::uuid AS id, p.id AS person_id,
       CASE WHEN n <= 1300 THEN 'IN_EXECUTION' WHEN n <= 1800 THEN 'PARTNER_CHECK' ELSE 'CLOSED' END AS state,
       md5('vh-bench-user:im.bench.' || lpad((1 + n % 150)::text, 3, '0'))::uuid AS manager,
       'Interventiemanager ' || (1 + n % 150) AS manager_name,
       now() - (interval '365 days' * (n % 997) / 997.0) - interval '20 days' AS started_at
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM persons_person p
      WHERE NOT EXISTS (SELECT 1 FROM trajectories_trajectory t WHERE t.person_id = p.id)) p
WHERE n <= 2000;

INSERT INTO trajectories_trajectory (id, person_id, target_group, state, origin, referral_id, urgent_reason,
  intervention_manager, intervention_manager_name, started_at, state_changed_at, closure_reason, version)
SELECT id, person_id, (ARRAY['VERY_ACTIVE_PROLIFIC_OFFENDER', 'PROLIFIC_OFFENDER', 'REPEAT_OFFENDER', 'YOUTH_PROLIFIC_OFFENDER'])[1 + n % 4], state, 'URGENT_REFERRAL', md5('vh-bench-referral:' || n)::uuid,
       'Spoedmelding (synthetisch)', manager, manager_name, started_at,
       started_at + (now() - started_at) / 2, CASE WHEN state = 'CLOSED' THEN 'COMPLETED' END, 20
FROM bench_t;

INSERT INTO trajectories_participant (trajectory_id, organisation_id, organisation_name, role, chain)
SELECT t.id, o.probation, o.probation_name, 'PARTICIPANT', NULL FROM bench_t t, bench_org_name o
UNION ALL
SELECT t.id, o.police, o.police_name, 'REFERRER', NULL FROM bench_t t, bench_org_name o;

INSERT INTO trajectories_assessment (id, trajectory_id, instrument, assessed_on, overall_risk, proposed_deficits,
  confirmed_deficits, confirmed_at, confirmed_by_name, recorded_at, recorded_by, recorded_by_name)
SELECT md5('vh-bench-assessment:' || n)::uuid, id, 'RISC', (started_at + interval '7 days')::date,
       (ARRAY['LOW', 'MEDIUM', 'HIGH'])[1 + n % 3], ARRAY['HOUSING', 'WORK_AND_INCOME', 'DEBTS'],
       ARRAY['HOUSING', 'WORK_AND_INCOME', 'DEBTS'], started_at + interval '8 days', manager_name,
       started_at + interval '7 days', manager, manager_name
FROM bench_t;
INSERT INTO trajectories_assessment_score (assessment_id, item, score)
SELECT md5('vh-bench-assessment:' || n)::uuid, item, 1 + (n + length(item)) % 3
FROM bench_t, unnest(ARRAY['HOUSING', 'EMPLOYMENT', 'INCOME_AND_MONEY']) item;

INSERT INTO trajectories_plan_version (trajectory_id, number, change, created_at, actor_id, actor_name)
SELECT id, 1, 'ADDED', started_at + interval '10 days', manager, manager_name FROM bench_t;

CREATE TEMP TABLE bench_i AS
SELECT t.n, t.id AS trajectory_id, t.state, t.manager, t.manager_name, t.started_at, i,
       md5('vh-bench-intervention:' || t.n || ':' || i)::uuid AS intervention_id,
       (ARRAY['HOUSING', 'WORK_AND_INCOME', 'DEBTS'])[i] AS life_domain,
       (ARRAY['Woonbegeleiding', 'Toeleiding naar werk', 'Schuldhulpverlening'])[i] AS description
FROM bench_t t, generate_series(1, 3) i
WHERE t.state <> 'PARTNER_CHECK' OR i <= 2;
INSERT INTO trajectories_plan_intervention (trajectory_id, plan_number, intervention_id, position, description,
  life_domain, type, kind, owner_id, owner_name, planned_start, planned_end)
SELECT trajectory_id, 1, intervention_id, i, description, life_domain, 'OTHER', 'CARE', o.probation, o.probation_name,
       (started_at + interval '30 days')::date, (started_at + interval '400 days')::date
FROM bench_i, bench_org_name o;

-- Commitments: all confirmed, except the second intervention of a trajectory in the partner check (open).
INSERT INTO trajectories_commitment (id, trajectory_id, intervention_id, plan_number, owner_id, owner_name,
  planned_start, status, requested_at, answered_at, answered_by_name)
SELECT md5('vh-bench-commitment:' || n || ':' || i)::uuid, trajectory_id, intervention_id, 1, o.probation,
       o.probation_name, (started_at + interval '30 days')::date,
       CASE WHEN state = 'PARTNER_CHECK' AND i = 2 THEN 'REQUESTED' ELSE 'CONFIRMED' END,
       started_at + interval '11 days',
       CASE WHEN state = 'PARTNER_CHECK' AND i = 2 THEN NULL ELSE started_at + interval '13 days' END,
       CASE WHEN state = 'PARTNER_CHECK' AND i = 2 THEN NULL ELSE 'Reclasseringswerker 1' END
FROM bench_i, bench_org_name o;

INSERT INTO trajectories_offer (id, trajectory_id, plan_number, offered_at, offered_by_name, outcome, answered_at,
  accepted_on, client_signature_name, manager_signature_name, contract)
SELECT md5('vh-bench-offer:' || n)::uuid, id, 1, started_at + interval '15 days', manager_name, 'ACCEPTED',
       started_at + interval '18 days', (started_at + interval '18 days')::date, 'Cliënt (synthetisch)', manager_name,
       convert_to('%PDF-1.4 synthetisch contract', 'UTF8')
FROM bench_t WHERE state <> 'PARTNER_CHECK';

INSERT INTO trajectories_intervention_status (trajectory_id, intervention_id, status, started_on, ended_on,
  changed_at, changed_by_name)
SELECT trajectory_id, intervention_id, CASE WHEN state = 'CLOSED' THEN 'COMPLETED' ELSE 'STARTED' END,
       (started_at + interval '30 days')::date,
       CASE WHEN state = 'CLOSED' THEN (started_at + interval '60 days')::date END,
       started_at + interval '30 days', manager_name
FROM bench_i WHERE state <> 'PARTNER_CHECK';

-- A progress report every quarter since the start of execution.
CREATE TEMP TABLE bench_p AS
SELECT t.n, t.id, t.manager, t.manager_name, q,
       md5('vh-bench-progress:' || t.n || ':' || q)::uuid AS report_id,
       t.started_at + interval '20 days' + q * interval '91 days' AS at
FROM bench_t t, generate_series(1, 4) q
WHERE t.state <> 'PARTNER_CHECK' AND t.started_at + interval '20 days' + q * interval '91 days' < now();
INSERT INTO trajectories_progress_report (id, trajectory_id, reported_on, text, recorded_at, author_id, author_name)
SELECT report_id, id, at::date, 'Voortgang kwartaal ' || q || ': afspraken nagekomen (synthetisch).', at, manager,
       manager_name FROM bench_p;
INSERT INTO trajectories_progress_report_domain (report_id, life_domain, text)
SELECT report_id, d, 'Stand van zaken ' || lower(d) || ' (synthetisch).' FROM bench_p, unnest(ARRAY['HOUSING', 'DEBTS']) d;

-- The timeline: the steps above in order, with the details the dossier shows.
INSERT INTO trajectories_timeline_entry (id, trajectory_id, kind, at, actor_id, actor_name, from_state, to_state,
  detail, previous_detail)
SELECT md5('vh-bench-timeline:' || t.n || ':' || e.k)::uuid, t.id, e.kind, t.started_at + e.offset_days * interval '1 day',
       t.manager, t.manager_name, e.from_state, e.to_state,
       CASE e.detail WHEN 'manager' THEN t.manager_name WHEN 'owner' THEN o.probation_name
         WHEN 'date' THEN (t.started_at + e.offset_days * interval '1 day')::date::text ELSE e.detail END,
       e.previous_detail
FROM bench_t t, bench_org_name o, (VALUES
  (1, 'STARTED', 0, NULL, 'SELECTED', 'URGENT_REFERRAL', NULL, TRUE),
  (2, 'ASSIGNED', 1, 'SELECTED', 'ASSIGNED', 'manager', NULL, TRUE),
  (3, 'STATE_CHANGED', 2, 'ASSIGNED', 'ASSESSMENT', NULL, NULL, TRUE),
  (4, 'ASSESSMENT_RECORDED', 7, NULL, NULL, 'RISC', NULL, TRUE),
  (5, 'DEFICITS_CONFIRMED', 8, NULL, NULL, NULL, NULL, TRUE),
  (6, 'STATE_CHANGED', 9, 'ASSESSMENT', 'PLANNING', NULL, NULL, TRUE),
  (7, 'PLAN_CHANGED', 10, NULL, NULL, '1', 'ADDED', TRUE),
  (8, 'STATE_CHANGED', 11, 'PLANNING', 'PARTNER_CHECK', NULL, NULL, TRUE),
  (9, 'COMMITMENT_CONFIRMED', 13, NULL, NULL, 'owner', NULL, TRUE),
  (10, 'STATE_CHANGED', 15, 'PARTNER_CHECK', 'OFFERED', NULL, NULL, FALSE),
  (11, 'CONTRACT_SIGNED', 18, NULL, NULL, 'date', NULL, FALSE),
  (12, 'STATE_CHANGED', 18, 'OFFERED', 'CONTRACTED', NULL, NULL, FALSE),
  (13, 'STATE_CHANGED', 20, 'CONTRACTED', 'IN_EXECUTION', NULL, NULL, FALSE),
  (14, 'INTERVENTION_STATUS_CHANGED', 30, NULL, NULL, 'Woonbegeleiding', 'STARTED', FALSE))
  AS e(k, kind, offset_days, from_state, to_state, detail, previous_detail, in_partner_check)
WHERE e.in_partner_check OR t.state <> 'PARTNER_CHECK';
INSERT INTO trajectories_timeline_entry (id, trajectory_id, kind, at, actor_id, actor_name, detail)
SELECT md5('vh-bench-timeline-progress:' || n || ':' || q)::uuid, id, 'PROGRESS_REPORTED', at, manager, manager_name,
       at::date::text
FROM bench_p;
INSERT INTO trajectories_timeline_entry (id, trajectory_id, kind, at, actor_id, actor_name, from_state, to_state, detail)
SELECT md5('vh-bench-timeline-closed:' || n)::uuid, id, 'CLOSED', started_at + (now() - started_at) / 2, manager,
       manager_name, 'IN_EXECUTION', 'CLOSED', 'COMPLETED'
FROM bench_t WHERE state = 'CLOSED';
COMMIT;

-- The import is resolved (setup-persons.sql gave every row its person): the resolution job has nothing to do.
UPDATE intake_import SET rows_resolved = rows_inserted;
ANALYZE;

-- The feeders of the simulation (written to files by setup.sh).
\o :feeders_dir/managers.csv
\pset format csv
\pset footer off
SELECT 'im.bench.' || lpad(m::text, 3, '0') AS username,
       (SELECT string_agg(id::text, ';' ORDER BY n) FROM bench_t WHERE 1 + n % 150 = m AND state <> 'CLOSED') AS trajectories,
       (SELECT string_agg(id::text, ';' ORDER BY n) FROM bench_t WHERE 1 + n % 150 = m AND state = 'IN_EXECUTION') AS executing
FROM generate_series(1, 150) m;
\o :feeders_dir/requests.csv
SELECT intervention_id FROM bench_i WHERE state = 'PARTNER_CHECK' AND i = 2 ORDER BY md5(intervention_id::text);
\o :feeders_dir/surnames.csv
SELECT DISTINCT surname FROM intake_antecedent ORDER BY surname LIMIT 500;
\o
