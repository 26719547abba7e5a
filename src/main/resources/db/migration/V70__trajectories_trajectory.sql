-- Trajectories: one client's path through the person-centred approach (DESIGN.md §2). The row is the
-- aggregate's state; every change goes through an UPDATE that checks and raises `version` (optimistic
-- locking), so a stale change is refused instead of overwriting another's.
CREATE TABLE trajectories_trajectory
(
  id                        UUID PRIMARY KEY,
  person_id                 UUID NOT NULL,
  target_group              TEXT NOT NULL,
  state                     TEXT NOT NULL CHECK (state IN ('SELECTED', 'ASSIGNED', 'ASSESSMENT', 'PLANNING',
                              'PARTNER_CHECK', 'OFFERED', 'CONTRACTED', 'IN_EXECUTION', 'ESCALATED', 'COMPLETED',
                              'AFTERCARE', 'CLOSED')),
  origin                    TEXT NOT NULL CHECK (origin IN ('PRIORITY_LIST', 'URGENT_REFERRAL')),
  priority_list_id          UUID,
  referral_id               UUID,
  urgent_reason             TEXT,
  intervention_manager      UUID,
  intervention_manager_name TEXT,
  started_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  state_changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  closure_reason            TEXT CHECK (closure_reason IN ('DESELECTED', 'DETAINED_LONG_TERM', 'MOVED', 'DECEASED',
                              'COMPLETED', 'OTHER')),
  closure_explanation       TEXT,
  version                   BIGINT NOT NULL,
  CHECK ((origin = 'PRIORITY_LIST') = (priority_list_id IS NOT NULL)),
  CHECK ((origin = 'URGENT_REFERRAL') = (referral_id IS NOT NULL AND urgent_reason IS NOT NULL)),
  CHECK ((state = 'CLOSED') = (closure_reason IS NOT NULL)),
  CHECK (closure_reason IS DISTINCT FROM 'OTHER' OR closure_explanation IS NOT NULL),
  CHECK (state = 'SELECTED' OR state = 'CLOSED' OR intervention_manager IS NOT NULL)
);

-- One open trajectory per person at a time, also against two starts at the same moment.
CREATE UNIQUE INDEX trajectories_one_open_per_person ON trajectories_trajectory (person_id) WHERE state <> 'CLOSED';
CREATE INDEX trajectories_by_manager ON trajectories_trajectory (intervention_manager, state);
CREATE INDEX trajectories_by_state ON trajectories_trajectory (state, started_at);

-- The partner organisations taking part (need-to-know, DESIGN.md §4 rule 8): the chain leads, the
-- referring partner, and partners added as participants; the name as it was when they joined.
CREATE TABLE trajectories_participant
(
  trajectory_id     UUID NOT NULL REFERENCES trajectories_trajectory (id),
  organisation_id   UUID NOT NULL,
  organisation_name TEXT NOT NULL,
  role              TEXT NOT NULL CHECK (role IN ('CHAIN_LEAD', 'REFERRER', 'PARTICIPANT')),
  chain             TEXT,
  CHECK ((role = 'CHAIN_LEAD') = (chain IS NOT NULL)),
  UNIQUE (trajectory_id, organisation_id, role, chain)
);
CREATE INDEX trajectories_participant_organisation ON trajectories_participant (organisation_id);

-- The dossier timeline: one entry per event (actor, time from the application's clock, reason). An entry
-- never changes; only erasure at the end of the retention period (DESIGN.md §4 rule 11) removes entries.
CREATE TABLE trajectories_timeline_entry
(
  id            UUID PRIMARY KEY,
  sequence      BIGSERIAL NOT NULL,
  trajectory_id UUID NOT NULL REFERENCES trajectories_trajectory (id),
  kind          TEXT NOT NULL,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id      UUID NOT NULL,
  actor_name    TEXT NOT NULL,
  from_state    TEXT,
  to_state      TEXT,
  reason        TEXT,
  detail        TEXT,
  previous_detail TEXT
);
CREATE INDEX trajectories_timeline_by_trajectory ON trajectories_timeline_entry (trajectory_id, sequence);

CREATE FUNCTION trajectories_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'An entry of a trajectory''s timeline never changes';
END
$$;
CREATE TRIGGER trajectories_timeline_append_only
  BEFORE UPDATE ON trajectories_timeline_entry
  FOR EACH ROW EXECUTE FUNCTION trajectories_timeline_append_only();
