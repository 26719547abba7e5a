-- Personal API tokens of local accounts. Only a SHA-256 hash of the token is stored; the token itself
-- is shown once, when it is created.
CREATE TABLE identity_api_token
(
  id              UUID PRIMARY KEY,
  user_account_id UUID NOT NULL REFERENCES identity_user_account (id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash      TEXT NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  -- Valid through this day in the house's time zone; the application allows at most one year.
  expires_on      DATE NOT NULL,
  expires_at      TIMESTAMP WITH TIME ZONE NOT NULL CHECK (expires_at > created_at),
  last_used_at    TIMESTAMP WITH TIME ZONE,
  revoked_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX identity_api_token_user_account ON identity_api_token (user_account_id);
