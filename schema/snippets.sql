-- Text snippets users can recall by name; names are case-insensitive per guild.
CREATE TABLE snippets (
  snippet_id    bigserial PRIMARY KEY,
  guild_id      bigint NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
  snippet_name  text NOT NULL CHECK (length(snippet_name) BETWEEN 1 AND 64),
  content       text NOT NULL,
  author_id     bigint NOT NULL,
  uses          integer NOT NULL DEFAULT 0,
  locked        boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX snippets_guild_name_key ON snippets (guild_id, lower(snippet_name));
