-- Reminders the bot sends back to a channel.
CREATE TABLE reminders (
  reminder_id   bigserial PRIMARY KEY,
  guild_id      bigint NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
  user_id       bigint NOT NULL,
  channel_id    bigint NOT NULL,
  content       text NOT NULL,
  remind_at     timestamptz NOT NULL,
  sent          boolean NOT NULL DEFAULT false
);
CREATE INDEX reminders_due_idx ON reminders (remind_at) WHERE NOT sent;
