SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP CAST (text AS public.t);

DROP CAST (xid AS integer);

DROP CAST (public.mood AS text);

DROP CAST (public.t AS text);
