-- a changed SUPPORT is CREATE OR REPLACE (which sets or, without SUPPORT, clears it; ALTER FUNCTION … SUPPORT cannot clear one): moved changes support function, dropped loses it, gained gets it through ALTER FUNCTION; old_support goes once nothing uses it (and comes back first in down); kept is unchanged
CREATE FUNCTION new_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION moved(x text) RETURNS text LANGUAGE sql SUPPORT new_support AS 'SELECT x';
CREATE FUNCTION dropped(x text) RETURNS text LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION gained(x text) RETURNS text LANGUAGE sql AS 'SELECT x';
ALTER FUNCTION gained(text) SUPPORT new_support;
CREATE FUNCTION kept(x text) RETURNS text LANGUAGE sql SUPPORT public.new_support AS 'SELECT x';
COMMENT ON FUNCTION moved(text) IS 'moves to new_support';
