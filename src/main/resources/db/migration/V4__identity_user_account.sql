CREATE TABLE identity_user_account
(
  id              UUID PRIMARY KEY,
  username        TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  -- The partner organisation (partners module); no foreign key across module boundaries, the
  -- identity module checks it through the partners module's API.
  organisation_id UUID NOT NULL,
  password_hash   TEXT NOT NULL,
  enabled         BOOLEAN NOT NULL DEFAULT TRUE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_user_role
(
  user_account_id UUID NOT NULL REFERENCES identity_user_account (id) ON DELETE CASCADE,
  role            TEXT NOT NULL,
  PRIMARY KEY (user_account_id, role)
);
