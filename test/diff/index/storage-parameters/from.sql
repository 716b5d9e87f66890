-- Storage parameters, default operator classes (pg_dump omits them) and partial IN predicates.
CREATE TABLE docs (
  id int PRIMARY KEY,
  body text,
  kind varchar(10),
  meta jsonb
);
CREATE INDEX docs_body_idx ON docs (body) WITH (fillfactor = 70);
CREATE INDEX docs_meta_idx ON docs USING gin (meta jsonb_ops);
CREATE INDEX docs_kind_idx ON docs (id) WHERE kind IN ('a', 'b');
