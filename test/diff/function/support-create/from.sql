CREATE SCHEMA "Plan Aid";
CREATE FUNCTION rows_support(internal) RETURNS internal LANGUAGE internal STRICT AS 'generate_series_int4_support';
