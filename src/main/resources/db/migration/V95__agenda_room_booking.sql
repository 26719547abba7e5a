-- Room and flex-desk booking (issue 8 part B). A case conference's slot is a booking too (conference_id set).
-- No double booking, also when two requests race: PostgreSQL itself refuses an overlapping slot of the same
-- room (exclusion constraint; btree_gist is a trusted contrib extension, so the migrating role may create it).
-- Slots are half-open [start, end): a booking ending at 10:00 and one starting at 10:00 do not overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE agenda_room_booking
(
  id             UUID PRIMARY KEY,
  room_id        UUID NOT NULL,
  room_name      TEXT NOT NULL,
  starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- What the room is used for, never client data ("Casusoverleg" for a conference).
  purpose        TEXT NOT NULL,
  conference_id  UUID UNIQUE REFERENCES agenda_case_conference (id),
  booked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  booked_by      UUID NOT NULL,
  CHECK (ends_at > starts_at),
  CONSTRAINT agenda_room_booking_no_overlap
    EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
);
CREATE INDEX agenda_room_booking_by_start ON agenda_room_booking (starts_at);

-- The slots of the conferences planned so far (not cancelled); of overlapping ones, the earliest planned keeps it.
INSERT INTO agenda_room_booking (id, room_id, room_name, starts_at, ends_at, purpose, conference_id, booked_at, booked_by)
SELECT gen_random_uuid(), room_id, room_name, starts_at, ends_at, 'Casusoverleg', id, planned_at, planned_by
FROM agenda_case_conference WHERE cancelled_at IS NULL ORDER BY planned_at, id
ON CONFLICT DO NOTHING;
