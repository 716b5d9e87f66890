-- sqldef's rename annotations (`-- @renamed from=old`, `/* @renamed from=old */`, written after what
-- they rename) are read like pgshift:renamed-from: a table, its columns and a constraint, an index, an
-- enum type and its labels are renamed, not dropped and created (their data kept).
CREATE TYPE order_state AS ENUM ('pending', 'shipped');
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  username text,
  "Mail" text,
  state order_state,
  CONSTRAINT old_unique_mail UNIQUE ("Mail")
);
CREATE INDEX old_name_idx ON accounts (username);
