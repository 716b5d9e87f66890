CREATE TABLE docs (id int, body tsvector NOT NULL, title tsvector);
CREATE INDEX docs_body_idx ON docs USING gist (body tsvector_ops (siglen=9));
CREATE INDEX docs_title_idx ON docs USING gist (title pg_catalog.tsvector_ops (siglen='16'), body);
CREATE INDEX docs_plain_idx ON docs USING gist (title tsvector_ops (siglen=124));
CREATE INDEX "Docs Expr" ON docs USING gist ((coalesce(title, body)) tsvector_ops (siglen=32)) WHERE id > 0;
CREATE TABLE events (k int, doc tsvector) PARTITION BY LIST (k);
CREATE TABLE events_1 PARTITION OF events FOR VALUES IN (1);
CREATE INDEX events_doc_idx ON events USING gist (doc tsvector_ops (siglen=24));
