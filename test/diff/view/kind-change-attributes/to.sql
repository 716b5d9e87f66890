-- a table becomes a view and a materialized view a plain view: each is dropped and created as the
-- other kind, with its comments (COMMENT ON VIEW / TABLE / MATERIALIZED VIEW as the kind requires)
-- and its grants set again
CREATE TABLE raw (id int, name text);
CREATE VIEW data AS SELECT id, name FROM raw;
COMMENT ON VIEW data IS 'the data';
COMMENT ON COLUMN data.name IS 'a name';
GRANT SELECT ON data TO PUBLIC;
CREATE VIEW mv AS SELECT id FROM raw;
GRANT SELECT ON mv TO PUBLIC;
COMMENT ON VIEW mv IS 'mv';
