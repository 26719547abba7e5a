-- The "Mijn werk" inbox: messages for one user, e.g. that someone broke the glass on their dossier.
CREATE TABLE platform_notification
(
  id          UUID PRIMARY KEY,
  recipient   UUID NOT NULL,
  message_key TEXT NOT NULL,
  arguments   TEXT[] NOT NULL DEFAULT '{}',
  link        TEXT,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX platform_notification_unread_idx ON platform_notification (recipient, created_at) WHERE read_at IS NULL;
