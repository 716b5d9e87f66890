-- Members who set themselves away.
CREATE TABLE afk (
  member_id  bigint NOT NULL,
  guild_id   bigint NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
  nickname   text NOT NULL,
  reason     text NOT NULL,
  since      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, guild_id)
);
