SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP CAST (integer AS public."Point 2");

DROP CAST (numeric AS public."Point 2");

CREATE CAST (integer AS public."Point 2") WITH FUNCTION geo.diag(integer) AS ASSIGNMENT;

CREATE CAST (numeric AS public."Point 2") WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (numeric AS public."Point 2") IS 'old';

COMMENT ON CAST (public."Point 2" AS text) IS NULL;
