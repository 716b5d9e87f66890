SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE CAST (bigint AS public.point2) WITH INOUT;

CREATE CAST (integer AS public.point2) WITH FUNCTION public.point2_of(integer) AS IMPLICIT;

CREATE CAST (public.point2 AS text) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (integer AS public.point2) IS 'diagonal point';
