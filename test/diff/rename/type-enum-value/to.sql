-- pgshift:renamed-from colour
CREATE TYPE color AS ENUM (
  'red',
  -- pgshift:renamed-from 'grean'
  'green',
  'blue'
);
CREATE TABLE paint (id int PRIMARY KEY, c color NOT NULL DEFAULT 'green');
