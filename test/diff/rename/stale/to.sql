-- the rename happened in an earlier migration: the hints are stale and ignored
-- pgshift:renamed-from customers
CREATE TABLE clients (
  id int PRIMARY KEY,
  -- pgshift:renamed-from fullname
  name text
);
