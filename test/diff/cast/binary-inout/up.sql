SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE CAST (text AS public.t) WITH INOUT;

CREATE CAST (xid AS integer) WITHOUT FUNCTION AS IMPLICIT;

CREATE CAST (public.mood AS text) WITH INOUT AS ASSIGNMENT;

CREATE CAST (public.t AS text) WITH INOUT AS ASSIGNMENT;
