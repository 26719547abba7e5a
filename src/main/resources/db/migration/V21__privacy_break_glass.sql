-- Emergency access of the secretariat to a dossier it has no right to (DESIGN.md §4 rule 9): one row
-- per use, time-boxed. Kept as evidence next to the audit record of the same use.
CREATE TABLE privacy_break_glass
(
  id            UUID PRIMARY KEY,
  trajectory_id UUID NOT NULL,
  user_id       UUID NOT NULL,
  reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
  granted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX privacy_break_glass_active_idx ON privacy_break_glass (user_id, trajectory_id, expires_at);
