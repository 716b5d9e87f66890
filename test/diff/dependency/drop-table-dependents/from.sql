CREATE TABLE legacy (id int PRIMARY KEY, name text);
CREATE TABLE current (id int PRIMARY KEY);
CREATE VIEW legacy_names AS SELECT name FROM legacy;
CREATE VIEW everything AS SELECT id FROM current UNION ALL SELECT id FROM legacy;
CREATE FUNCTION legacy_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM legacy);
CREATE FUNCTION legacy_ids() RETURNS SETOF int LANGUAGE sql STABLE BEGIN ATOMIC SELECT id FROM legacy; END;
CREATE FUNCTION legacy_plain() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM legacy';
