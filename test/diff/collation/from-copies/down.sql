SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard may-fail: drops c to create it again with another definition: fails while columns or other objects use it
DROP COLLATION public.c;

CREATE COLLATION public.c FROM "C";

DROP COLLATION public.d;
