-- The iCalendar SEQUENCE of a conference (RFC 5545 §3.8.7.4): raised on every change of time or room and on
-- cancellation, so calendar apps replace the event of an earlier invitation instead of adding another.
ALTER TABLE agenda_case_conference ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
