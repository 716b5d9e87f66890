-- a support function recreated (its argument is renamed, which CREATE OR REPLACE refuses) takes the function it supports with it: series is dropped before and created again after; other gains a new support function, created first
CREATE SCHEMA aid;
CREATE FUNCTION aid.series_support(request internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';
CREATE FUNCTION series(n integer) RETURNS SETOF integer LANGUAGE sql SUPPORT aid.series_support AS 'SELECT generate_series(1, n)';
CREATE FUNCTION aid.other_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'textlike_support';
CREATE FUNCTION other(n integer) RETURNS integer LANGUAGE sql SUPPORT aid.other_support AS 'SELECT n';
