-- Moderation cases: one row per action a moderator takes.
CREATE TABLE cases (
  case_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  guild_id         bigint NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
  case_number      integer NOT NULL,
  case_type        case_type NOT NULL,
  case_reason      text NOT NULL DEFAULT 'No reason provided',
  moderator_id     bigint NOT NULL,
  target_id        bigint NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz,
  CONSTRAINT cases_guild_number_key UNIQUE (guild_id, case_number)
);

CREATE INDEX cases_target_idx ON cases (guild_id, target_id, created_at DESC);
-- Temporary actions still to be lifted.
CREATE INDEX cases_expiring_idx ON cases (expires_at) WHERE expires_at IS NOT NULL;
