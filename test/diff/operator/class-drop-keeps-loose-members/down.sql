SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OPERATOR CLASS "Ops"."Hash Ops" FOR TYPE integer USING hash FAMILY "Ops"."Hash Ops" AS
  OPERATOR 1 =(integer, integer),
  FUNCTION 1 (integer, integer) public.h1(integer),
  STORAGE integer;

CREATE OPERATOR CLASS public.bt_ops FOR TYPE integer USING btree FAMILY public.bt_ops AS
  OPERATOR 1 <(integer, integer),
  OPERATOR 3 =(integer, integer),
  FUNCTION 1 (integer, integer) btint4cmp(integer, integer),
  STORAGE integer;
