CREATE TABLE guilds (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE members (guild_id bigint REFERENCES guilds ON DELETE CASCADE, user_id bigint, nick varchar(32), PRIMARY KEY (guild_id, user_id));
