-- LIKE copies columns where it stands; INCLUDING ALL also CHECKs (same names), keys and indexes
-- (new names chosen by PostgreSQL) and comments. (A copied identity gets a bigint sequence, which no
-- DDL but LIKE reproduces: not used here.)
CREATE TABLE stamps (
  id int NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  code text UNIQUE,
  CHECK (created_at <= updated_at)
);
CREATE INDEX stamps_recent ON stamps (created_at) WHERE code IS NOT NULL;
COMMENT ON COLUMN stamps.created_at IS 'creation time';

CREATE TABLE products (
  pid serial PRIMARY KEY,
  LIKE stamps INCLUDING DEFAULTS,
  name text
);

CREATE TABLE users (
  uid serial PRIMARY KEY,
  LIKE stamps INCLUDING ALL EXCLUDING IDENTITY
);
