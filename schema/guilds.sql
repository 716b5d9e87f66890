-- A Discord server the bot has joined.
CREATE TABLE guilds (
  guild_id      bigint PRIMARY KEY,
  joined_at     timestamptz NOT NULL DEFAULT now(),
  case_count    integer NOT NULL DEFAULT 0 CHECK (case_count >= 0)
);
COMMENT ON TABLE guilds IS 'Discord servers the bot is a member of';

-- Per-guild settings, one row per guild.
CREATE TABLE guild_config (
  guild_id          bigint PRIMARY KEY REFERENCES guilds (guild_id) ON DELETE CASCADE,
  prefix            varchar(5) NOT NULL DEFAULT '$',
  mod_log_id        bigint,
  audit_log_id      bigint,
  jail_role_id      bigint,
  jail_channel_id   bigint,
  starboard_enabled boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN guild_config.prefix IS 'command prefix, at most 5 characters';
