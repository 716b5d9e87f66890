-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.users
DROP INDEX CONCURRENTLY public.users_domain;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER INDEX public.users_lower_email ALTER COLUMN 1 SET STATISTICS -1;

ALTER INDEX public.users_name_expr ALTER COLUMN 2 SET STATISTICS 400;

ALTER INDEX public.users_name_expr ALTER COLUMN 3 SET STATISTICS -1;
