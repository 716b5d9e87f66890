SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER OPERATOR FAMILY public.loose_ops USING btree DROP
  OPERATOR 1 (integer, smallint),
  FUNCTION 1 (integer, smallint);

DROP OPERATOR CLASS public.int_desc_ops USING btree;

DROP OPERATOR FAMILY public.spare_ops USING hash;

CREATE OPERATOR CLASS public.int_desc_ops FOR TYPE integer USING btree FAMILY public.int_desc_ops AS
  OPERATOR 1 >(integer, integer),
  OPERATOR 2 >=(integer, integer),
  OPERATOR 3 =(integer, integer),
  OPERATOR 4 <=(integer, integer),
  OPERATOR 5 <(integer, integer),
  FUNCTION 1 (integer, integer) public.int_cmp_desc(integer, integer),
  STORAGE integer;

ALTER OPERATOR FAMILY public.loose_ops USING btree ADD
  OPERATOR 1 <(integer, bigint),
  FUNCTION 1 (integer, bigint) btint48cmp(integer, bigint);
