SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP CAST (bigint AS public.point2);

DROP CAST (integer AS public.point2);

DROP CAST (public.point2 AS text);
