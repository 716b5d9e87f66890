-- pg_dump prints the coercion PostgreSQL adds to a domain-typed column read as its base type ((n)::integer < 1000, (l)::text for a domain over varchar) in CHECKs, generated columns, index expressions and predicates, and views: equal to the schema as written, so no change.
CREATE DOMAIN small_int AS integer CHECK (VALUE >= 0);
CREATE DOMAIN label AS varchar(20);
CREATE DOMAIN money2 AS numeric(10,2);
CREATE TABLE t (
  id integer PRIMARY KEY,
  n small_int NOT NULL DEFAULT 1,
  l label,
  m money2 DEFAULT 0,
  CONSTRAINT t_n_check CHECK (n < 1000),
  CONSTRAINT t_l_check CHECK (l <> ''),
  CONSTRAINT t_m_check CHECK (m > 0.5),
  g integer GENERATED ALWAYS AS (n * 2) STORED
);
CREATE INDEX t_n_idx ON t ((n + 1));
CREATE INDEX t_l_idx ON t (l) WHERE l <> 'a';
CREATE INDEX t_lower_idx ON t (lower(l));
CREATE VIEW v AS SELECT id, n + 1 AS n1, l || 'x' AS lx FROM t WHERE n > 5;
