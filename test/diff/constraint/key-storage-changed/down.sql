SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER INDEX public.o_s_key SET (fillfactor = 50);

ALTER INDEX public.t_pkey SET (fillfactor = 70);

ALTER INDEX public.u SET (deduplicate_items = off);

ALTER INDEX public.v RESET (fillfactor);

ALTER INDEX public.w SET (fillfactor = 40);

ALTER INDEX public.ex SET (buffering = on);
