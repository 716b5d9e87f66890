-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.scores
DROP INDEX CONCURRENTLY public.scores_desc;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR CLASS public.int_desc_ops USING btree;

CREATE OPERATOR CLASS public.int_desc_ops FOR TYPE integer USING btree FAMILY public.int_desc_ops AS
  OPERATOR 1 >(integer, integer),
  OPERATOR 2 >=(integer, integer),
  OPERATOR 3 =(integer, integer),
  OPERATOR 4 <=(integer, integer),
  OPERATOR 5 <(integer, integer),
  FUNCTION 1 (integer, integer) public.int_cmp_abs(integer, integer),
  STORAGE integer;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.scores; scans the table; index build
-- hazard builds-index: builds index scores_desc concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY scores_desc ON public.scores (score int_desc_ops);
