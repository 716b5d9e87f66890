CREATE FUNCTION old_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';
CREATE FUNCTION new_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION moved(x text) RETURNS text LANGUAGE sql SUPPORT old_support AS 'SELECT x';
CREATE FUNCTION dropped(x text) RETURNS text LANGUAGE sql SUPPORT old_support AS 'SELECT x';
CREATE FUNCTION gained(x text) RETURNS text LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION kept(x text) RETURNS text LANGUAGE sql SUPPORT new_support AS 'SELECT x';
COMMENT ON FUNCTION moved(text) IS 'moves to new_support';
