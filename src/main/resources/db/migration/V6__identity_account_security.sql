-- Lock-out, second factor and the facts the access review needs.
ALTER TABLE identity_user_account
  ADD COLUMN failed_attempts     INT NOT NULL DEFAULT 0,
  ADD COLUMN locked_until        TIMESTAMP WITH TIME ZONE,
  -- Base32 TOTP secret (RFC 6238); NULL until the user has enrolled.
  ADD COLUMN totp_secret         TEXT,
  -- The last time step whose code was accepted: a code is usable once.
  ADD COLUMN totp_last_step      BIGINT,
  ADD COLUMN last_login_at       TIMESTAMP WITH TIME ZONE,
  ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE,
  ADD COLUMN disabled_at         TIMESTAMP WITH TIME ZONE;
