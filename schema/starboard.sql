-- Starboard: messages reposted once they collect enough star reactions.
CREATE TABLE starboard (
  guild_id        bigint PRIMARY KEY REFERENCES guilds (guild_id) ON DELETE CASCADE,
  channel_id      bigint NOT NULL,
  emoji           varchar(64) NOT NULL DEFAULT '⭐',
  threshold       integer NOT NULL DEFAULT 5 CHECK (threshold > 0)
);

CREATE TABLE starboard_messages (
  message_id            bigint PRIMARY KEY,
  guild_id              bigint NOT NULL REFERENCES starboard (guild_id) ON DELETE CASCADE,
  channel_id            bigint NOT NULL,
  author_id             bigint NOT NULL,
  starboard_message_id  bigint NOT NULL UNIQUE,
  star_count            integer NOT NULL DEFAULT 0,
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX starboard_messages_top_idx ON starboard_messages (guild_id, star_count DESC);
