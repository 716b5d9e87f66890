SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on x.names
DROP MATERIALIZED VIEW x.names;

-- lock: ACCESS EXCLUSIVE on x.qq
DROP VIEW x.qq;

-- lock: ACCESS EXCLUSIVE on x.q
DROP VIEW x.q;

-- hazard breaks-readers: changes which rows of owners policy known lets roles see or write
DROP POLICY known ON x.owners;

-- hazard breaks-readers: drops function x.n: callers fail until it exists again
DROP FUNCTION x.n();

-- hazard breaks-readers: drops function x.label: callers fail until it exists again
DROP FUNCTION x.label(x.data);

-- lock: ACCESS EXCLUSIVE on x.data
DROP VIEW x.data;

-- lock: ACCESS EXCLUSIVE on x.t_data
-- hazard deletes-data: drops table x.t_data and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE x.t_data;

-- hazard irreversible: re-creates table x.data, dropped by the up migration: its rows are not restored
CREATE TABLE x.data (
  id uuid,
  name text
);

CREATE FUNCTION x.n()
RETURNS bigint
LANGUAGE sql
STABLE
RETURN (SELECT count(*)
FROM x.data);

CREATE FUNCTION x.label(r x.data)
RETURNS text
LANGUAGE sql
AS $$ SELECT r.name $$;

-- hazard scans-table: populates materialized view names by running its query
CREATE MATERIALIZED VIEW x.names AS
SELECT data.name
FROM x.data;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on x.names; scans the table; index build
-- hazard builds-index: builds index names_name concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
CREATE UNIQUE INDEX CONCURRENTLY names_name ON x.names (name);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW x.q AS
SELECT
  data.id,
  data.name
FROM x.data;

CREATE VIEW x.qq AS
SELECT q.name
FROM x.q;

-- lock: ACCESS EXCLUSIVE on x.owners
-- hazard breaks-readers: changes which rows of owners policy known lets roles see or write
CREATE POLICY known ON x.owners USING (EXISTS (SELECT 1
FROM x.data AS d
WHERE
  d.id = owners.id));

COMMENT ON INDEX x.names_name IS 'one of each';

COMMENT ON VIEW x.q IS 'everything';

COMMENT ON COLUMN x.q.name IS 'the name';

GRANT SELECT ON TABLE x.q TO PUBLIC;
