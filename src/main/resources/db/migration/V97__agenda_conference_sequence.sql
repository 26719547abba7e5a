-- The iCalendar SEQUENCE of a conference (RFC 5545 §3.8.7.4): raised on every change of time or room and on
-- cancellation, so calendar apps replace the event of an earlier invitation instead of adding another.
ALTER TABLE agenda_case_conference ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;

-- Whether the chair sent this outcome version to the item's external invitees (who have no access to the
-- system): a disclosure, decided per publication and audited.
ALTER TABLE agenda_outcome ADD COLUMN sent_to_externals BOOLEAN NOT NULL DEFAULT false;
