CREATE TABLE t (
  x int,
  c bpchar,
  b "bit",
  w char(3),
  d bpchar NOT NULL DEFAULT 'foo',
  e bpchar[] DEFAULT '{abc,de}',
  f pg_catalog.bpchar DEFAULT 'xyz'::bpchar,
  g "bit" DEFAULT B'10101',
  h pg_catalog.bit[],
  i char,
  j bit,
  k pg_catalog.varbit(4),
  l "char"
);
CREATE TABLE parent (k int, code bpchar) PARTITION BY LIST (k);
CREATE TABLE parent_ab PARTITION OF parent FOR VALUES IN (1);
CREATE DOMAIN padded AS bpchar CHECK (VALUE <> '');
