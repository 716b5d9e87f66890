CREATE SCHEMA aid;
CREATE FUNCTION aid.series_support(req internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';
CREATE FUNCTION series(n integer) RETURNS SETOF integer LANGUAGE sql SUPPORT aid.series_support AS 'SELECT generate_series(1, n)';
CREATE FUNCTION other(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n';
