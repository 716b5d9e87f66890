SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER INDEX public.o_s_key SET (deduplicate_items = off);

ALTER INDEX public.t_pkey SET (fillfactor = 80);

ALTER INDEX public.u RESET (deduplicate_items);

ALTER INDEX public.v SET (fillfactor = 90);

ALTER INDEX public.w RESET (fillfactor);

ALTER INDEX public.ex SET (buffering = off);
