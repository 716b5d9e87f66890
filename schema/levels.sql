-- Experience and level per member and guild.
CREATE TABLE levels (
  member_id     bigint NOT NULL,
  guild_id      bigint NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
  xp            double precision NOT NULL DEFAULT 0 CHECK (xp >= 0),
  level         integer NOT NULL DEFAULT 0,
  blacklisted   boolean NOT NULL DEFAULT false,
  last_message  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, guild_id)
);
CREATE INDEX levels_leaderboard_idx ON levels (guild_id, xp DESC) WHERE NOT blacklisted;
