-- Storage parameters, default operator classes (pg_dump omits them) and partial IN predicates.
CREATE TABLE docs (
  id int PRIMARY KEY,
  body text,
  kind varchar(10),
  meta jsonb
);
CREATE INDEX docs_body_idx ON docs (body) WITH (fillfactor = 90, deduplicate_items = off);
CREATE INDEX docs_meta_idx ON docs USING gin (meta);
CREATE INDEX docs_kind_idx ON docs (id) WHERE kind IN ('a', 'c');
