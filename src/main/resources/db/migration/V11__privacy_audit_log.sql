-- The audit log (DESIGN.md §4 rule 10): one record per person concerned and access. Append-only and
-- hash-chained: each record holds the SHA-256 hash of its canonical form, which includes the hash of the
-- record before it; sequence numbers are gap-free, so a changed record breaks its hash and a deleted one
-- leaves a gap. The application writes under a transaction-level advisory lock (AuditChainWriter).
CREATE TABLE privacy_audit_record
(
  sequence_number   BIGINT PRIMARY KEY CHECK (sequence_number > 0),
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  -- The user account (identity module; no foreign key across modules). Empty for a failed login.
  actor_id          UUID,
  -- The user name; for a failed login the name as typed.
  actor_name        TEXT NOT NULL,
  -- Role names, sorted, comma-separated.
  actor_roles       TEXT NOT NULL,
  organisation_id   UUID,
  organisation_name TEXT,
  -- The partner organisation on whose behalf the house processes the data (partners module).
  on_behalf_of      UUID,
  purpose           TEXT NOT NULL,
  action            TEXT NOT NULL,
  object_type       TEXT,
  object_id         TEXT,
  person_id         UUID,
  result            TEXT NOT NULL CHECK (result IN ('ALLOWED', 'DENIED', 'ERROR')),
  origin            TEXT,
  trace_id          TEXT,
  previous_hash     TEXT NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash              TEXT NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- Who accessed this person (subject access requests, privacy officer).
CREATE INDEX privacy_audit_record_person_idx ON privacy_audit_record (person_id) WHERE person_id IS NOT NULL;

-- Append-only for the application: reading and adding only. This also holds when the application role
-- owns the table (one database role): an owner may lose its own privileges, though it could grant them
-- back, which the trigger below and the hash chain then still stand against.
REVOKE UPDATE, DELETE, TRUNCATE ON privacy_audit_record FROM PUBLIC;
DO $$
DECLARE
  app_role TEXT := coalesce(nullif('${app_role}', ''), current_user);
BEGIN
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON privacy_audit_record FROM %I', app_role);
  IF app_role <> current_user THEN
    EXECUTE format('GRANT SELECT, INSERT ON privacy_audit_record TO %I', app_role);
  END IF;
END
$$;

-- Defence in depth: even a role with the privilege cannot change or remove a record while this trigger
-- is enabled (only the table owner can disable it).
CREATE FUNCTION privacy_audit_record_append_only() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'privacy_audit_record is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER privacy_audit_record_no_update_or_delete
  BEFORE UPDATE OR DELETE ON privacy_audit_record
  FOR EACH ROW EXECUTE FUNCTION privacy_audit_record_append_only();

CREATE TRIGGER privacy_audit_record_no_truncate
  BEFORE TRUNCATE ON privacy_audit_record
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_audit_record_append_only();
