-- operator-class parameters (gist tsvector_ops siglen) are part of the index: a change rebuilds it;
-- pg_dump prints them quoted (siglen='8') and names the class even when it is the default
CREATE TABLE docs (id int, body tsvector NOT NULL, title tsvector);
CREATE INDEX docs_body_idx ON docs USING gist (body tsvector_ops (siglen=8));
CREATE INDEX docs_title_idx ON docs USING gist (title tsvector_ops (siglen = 16), body);
CREATE INDEX docs_plain_idx ON docs USING gist (title);
CREATE TABLE events (k int, doc tsvector) PARTITION BY LIST (k);
CREATE TABLE events_1 PARTITION OF events FOR VALUES IN (1);
CREATE INDEX events_doc_idx ON events USING gist (doc tsvector_ops (siglen=20));
