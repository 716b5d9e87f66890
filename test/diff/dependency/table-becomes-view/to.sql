-- x.data, a table, becomes a view over a new table under the same name: PostgreSQL refuses DROP TABLE
-- while views, materialized views, SQL-standard bodies, functions declared with its row type and
-- policies read it, so they are dropped first and created again after (with their comments, the
-- materialized view's index and the view's grant); the down migration does the same the other way
CREATE SCHEMA x;
CREATE TABLE x.t_data (id uuid, name text);
CREATE VIEW x.data AS SELECT * FROM x.t_data;
CREATE VIEW x.q AS SELECT * FROM x.data;
COMMENT ON VIEW x.q IS 'everything';
COMMENT ON COLUMN x.q.name IS 'the name';
GRANT SELECT ON x.q TO PUBLIC;
CREATE VIEW x.qq AS SELECT name FROM x.q;
CREATE MATERIALIZED VIEW x.names AS SELECT name FROM x.data;
CREATE UNIQUE INDEX names_name ON x.names (name);
COMMENT ON INDEX x.names_name IS 'one of each';
CREATE FUNCTION x.n() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM x.data);
CREATE FUNCTION x.label(r x.data) RETURNS text LANGUAGE sql AS $$ SELECT r.name $$;
CREATE TABLE x.owners (id uuid PRIMARY KEY);
ALTER TABLE x.owners ENABLE ROW LEVEL SECURITY;
CREATE POLICY known ON x.owners USING (EXISTS (SELECT 1 FROM x.data d WHERE d.id = owners.id));
