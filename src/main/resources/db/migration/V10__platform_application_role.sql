-- The application connects as the role ${app_role}; Flyway may migrate as the owner of the schema (the
-- embedded database always does, an external one when VH_DB_MIGRATION_USER is set). The application
-- role then gets row access to every table, but cannot create, alter or drop tables, and cannot write
-- Flyway's history. When the application itself migrates (one role), there is nothing to grant.
DO $$
BEGIN
  IF '${app_role}' NOT IN ('', current_user) THEN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', '${app_role}');
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', '${app_role}');
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I FROM %I', '${flyway:table}', '${app_role}');
    -- Tables and sequences of later migrations (created by this same migrating role) as well.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   '${app_role}');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', '${app_role}');
  END IF;
END
$$;
