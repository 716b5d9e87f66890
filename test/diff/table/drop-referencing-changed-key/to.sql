-- A dropped table references a primary key that changes: the table (and its FK) goes first.
CREATE TABLE users (
  user_id integer PRIMARY KEY,
  name text
);
