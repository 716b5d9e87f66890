CREATE TABLE events (
  id bigint PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb,
  created_at timestamptz NOT NULL,
  "Source Host" text
);
-- pg_dump's form
ALTER TABLE ONLY events ALTER COLUMN kind SET STATISTICS 1000;
ALTER TABLE events ALTER COLUMN created_at SET STATISTICS 2000;
ALTER TABLE events ALTER COLUMN "Source Host" SET STATISTICS 300;

CREATE TABLE audit (id int, who text);
ALTER TABLE audit ALTER who SET STATISTICS 250;
