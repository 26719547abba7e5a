-- Case conferences (issue 8 part A). A conference has a time and a room of the partners' register, so the
-- shared calendar and room booking (part B) can place it and check room conflicts (index by room and time).
CREATE TABLE agenda_case_conference
(
  id                 UUID PRIMARY KEY,
  starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  room_id            UUID NOT NULL,
  room_name          TEXT NOT NULL,
  chair_id           UUID NOT NULL,
  chair_name         TEXT NOT NULL,
  minute_taker_id    UUID NOT NULL,
  minute_taker_name  TEXT NOT NULL,
  cancelled_at       TIMESTAMP WITH TIME ZONE,
  planned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  planned_by         UUID NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX agenda_case_conference_by_room ON agenda_case_conference (room_id, starts_at);
CREATE INDEX agenda_case_conference_by_start ON agenda_case_conference (starts_at);

-- An item of the agenda: about one trajectory (client snapshot for the agenda, audited on every read) or a
-- general subject. Minutes per item, so that need-to-know can follow the item.
CREATE TABLE agenda_item
(
  id              UUID PRIMARY KEY,
  conference_id   UUID NOT NULL REFERENCES agenda_case_conference (id),
  position        INTEGER NOT NULL,
  trajectory_id   UUID,
  person_id       UUID,
  client_name     TEXT,
  subject         TEXT NOT NULL,
  minutes         TEXT,
  added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  added_by        UUID NOT NULL,
  UNIQUE (conference_id, position),
  CHECK ((trajectory_id IS NULL) = (person_id IS NULL))
);
CREATE INDEX agenda_item_by_trajectory ON agenda_item (trajectory_id);

CREATE TABLE agenda_scenario
(
  id               UUID PRIMARY KEY,
  item_id          UUID NOT NULL REFERENCES agenda_item (id),
  description      TEXT NOT NULL,
  prepared_by      UUID NOT NULL,
  prepared_by_name TEXT NOT NULL,
  prepared_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX agenda_scenario_by_item ON agenda_scenario (item_id);

CREATE TABLE agenda_scenario_partner
(
  scenario_id     UUID NOT NULL REFERENCES agenda_scenario (id),
  organisation_id UUID NOT NULL,
  PRIMARY KEY (scenario_id, organisation_id)
);

-- Ad hoc invitees: external participants without access to the system; they get mail only.
CREATE TABLE agenda_external_invitee
(
  id            UUID PRIMARY KEY,
  item_id       UUID NOT NULL REFERENCES agenda_item (id),
  name          TEXT NOT NULL,
  organisation  TEXT NOT NULL,
  email         TEXT NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Attendance per invitee of the conference: a partner organisation or an external invitee.
CREATE TABLE agenda_attendance
(
  conference_id   UUID NOT NULL REFERENCES agenda_case_conference (id),
  invitee         TEXT NOT NULL,
  present         BOOLEAN NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (conference_id, invitee)
);

CREATE TABLE agenda_decision
(
  id          UUID PRIMARY KEY,
  item_id     UUID NOT NULL REFERENCES agenda_item (id),
  text        TEXT NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by UUID NOT NULL
);

CREATE TABLE agenda_action_item
(
  id                  UUID PRIMARY KEY,
  item_id             UUID NOT NULL REFERENCES agenda_item (id),
  trajectory_id       UUID,
  description         TEXT NOT NULL,
  owner_organisation  UUID NOT NULL,
  owner_organisation_name TEXT NOT NULL,
  owner_user          UUID NOT NULL,
  owner_user_name     TEXT NOT NULL,
  due_on              DATE NOT NULL,
  condition           TEXT,
  recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  done_at             TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agenda_action_item_open_by_owner ON agenda_action_item (owner_user) WHERE done_at IS NULL;
CREATE INDEX agenda_action_item_open_by_trajectory ON agenda_action_item (trajectory_id) WHERE done_at IS NULL;

-- The outcome of an item, versioned: each publication is a new version, earlier ones stay.
CREATE TABLE agenda_outcome
(
  item_id              UUID NOT NULL REFERENCES agenda_item (id),
  version              INTEGER NOT NULL CHECK (version > 0),
  text                 TEXT NOT NULL,
  client_informed      BOOLEAN NOT NULL,
  not_informed_reason  TEXT,
  published_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by         UUID NOT NULL,
  published_by_name    TEXT NOT NULL,
  PRIMARY KEY (item_id, version),
  CHECK (client_informed OR not_informed_reason IS NOT NULL)
);
