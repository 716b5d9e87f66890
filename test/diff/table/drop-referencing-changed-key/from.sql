-- A dropped table references a primary key that changes: the table (and its FK) goes first.
CREATE TABLE users (
  id integer PRIMARY KEY
);
CREATE TABLE taggings (
  user_id integer NOT NULL REFERENCES users (id),
  tag text NOT NULL
);
