CREATE FUNCTION kept(a varchar) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT a $$ SUPPORT pg_catalog.varchar_support;
CREATE FUNCTION func_with_support() RETURNS int LANGUAGE sql
  AS $$ SELECT 1 $$ SUPPORT varchar_support;
CREATE FUNCTION "My Like"(a text, b text) RETURNS boolean LANGUAGE sql AS $$ SELECT a LIKE b $$ SUPPORT textlike_support;
