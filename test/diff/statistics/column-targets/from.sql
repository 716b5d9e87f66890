CREATE TABLE events (
  id bigint PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb,
  created_at timestamptz NOT NULL
);
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 500;
ALTER TABLE events ALTER COLUMN payload SET STATISTICS 50;
