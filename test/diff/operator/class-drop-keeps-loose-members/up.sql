SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR CLASS "Ops"."Hash Ops" USING hash;

DROP OPERATOR CLASS public.bt_ops USING btree;
