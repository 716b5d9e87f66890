-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.users; scans the table; index build
-- hazard builds-index: builds index users_domain concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY users_domain ON public.users ((split_part(email, '@', 2)));

SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER INDEX public.users_domain ALTER COLUMN 1 SET STATISTICS 50;

ALTER INDEX public.users_lower_email ALTER COLUMN 1 SET STATISTICS 1000;

ALTER INDEX public.users_name_expr ALTER COLUMN 2 SET STATISTICS -1;

ALTER INDEX public.users_name_expr ALTER COLUMN 3 SET STATISTICS 100;
