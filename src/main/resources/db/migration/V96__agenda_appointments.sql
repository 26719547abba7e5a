-- Issue 8 part C: appointments in the house (community service intake, victim conversation, damage mediation,
-- client conversation, other), who recorded and completed an action item (for the trajectory timeline), and
-- the secret per-user address of the iCalendar subscription feed.

ALTER TABLE agenda_action_item
  ADD COLUMN recorded_by UUID,
  ADD COLUMN recorded_by_name TEXT,
  ADD COLUMN done_by UUID,
  ADD COLUMN done_by_name TEXT;

CREATE TABLE agenda_appointment
(
  id                  UUID PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN ('COMMUNITY_SERVICE_INTAKE', 'VICTIM_CONVERSATION',
                        'DAMAGE_MEDIATION', 'CLIENT_CONVERSATION', 'OTHER')),
  starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  room_id             UUID,
  room_name           TEXT,
  -- Optional: the trajectory the appointment serves, and its client (for subject access and retention).
  trajectory_id       UUID,
  person_id           UUID,
  -- Visible to the organiser and the participants only: may name the client or the victim.
  description         TEXT,
  other_participants  TEXT,
  organiser           UUID NOT NULL,
  organiser_name      TEXT NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  cancelled_at        TIMESTAMP WITH TIME ZONE,
  outcome_note        TEXT,
  outcome_at          TIMESTAMP WITH TIME ZONE,
  outcome_by          UUID,
  outcome_by_name     TEXT,
  CHECK (ends_at > starts_at),
  CHECK ((trajectory_id IS NULL) = (person_id IS NULL))
);
CREATE INDEX agenda_appointment_by_start ON agenda_appointment (starts_at);
CREATE INDEX agenda_appointment_by_trajectory ON agenda_appointment (trajectory_id) WHERE trajectory_id IS NOT NULL;

CREATE TABLE agenda_appointment_participant
(
  appointment_id     UUID NOT NULL REFERENCES agenda_appointment (id),
  user_id            UUID NOT NULL,
  display_name       TEXT NOT NULL,
  organisation_name  TEXT NOT NULL,
  PRIMARY KEY (appointment_id, user_id)
);
CREATE INDEX agenda_appointment_participant_by_user ON agenda_appointment_participant (user_id);

-- An appointment's room slot is a booking too: the exclusion constraint keeps it from being double booked.
ALTER TABLE agenda_room_booking ADD COLUMN appointment_id UUID UNIQUE REFERENCES agenda_appointment (id);

-- The secret address of a user's agenda feed, so a calendar app can subscribe without a session. Only the
-- SHA-256 of the token is kept; a new token replaces the old one.
CREATE TABLE agenda_feed_token
(
  user_id     UUID PRIMARY KEY,
  username    TEXT NOT NULL,
  token_hash  BYTEA NOT NULL UNIQUE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

