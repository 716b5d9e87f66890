-- sqldef's rename annotations (`-- @renamed from=old`, `/* @renamed from=old */`, written after what
-- they rename) are read like pgshift:renamed-from: a table, its columns and a constraint, an index, an
-- enum type and its labels are renamed, not dropped and created (their data kept).
CREATE TYPE order_status /* @renamed from=order_state */ AS ENUM (
  'waiting', -- @renamed from=pending
  'shipped'
);
CREATE TABLE users ( -- @renamed from=accounts
  id bigint PRIMARY KEY,
  user_name text, -- @renamed from=username
  mail text, -- @renamed from="Mail"
  state order_status,
  CONSTRAINT unique_mail UNIQUE (mail) -- @renamed from=old_unique_mail
);
CREATE INDEX name_idx /* @renamed from=old_name_idx */ ON users (user_name);
