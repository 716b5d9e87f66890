SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what UPDATE on public.t does (rule t_feed)
DROP RULE t_feed ON public.t;

-- lock: ACCESS EXCLUSIVE on public.feed
DROP VIEW public.feed;

-- lock: ACCESS EXCLUSIVE on public.feed_data
-- hazard deletes-data: drops table public.feed_data and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.feed_data;

-- hazard irreversible: re-creates table public.feed, dropped by the up migration: its rows are not restored
CREATE TABLE public.feed (
  id integer,
  v text
);

-- hazard irreversible: re-creates table public.old_log, dropped by the up migration: its rows are not restored
CREATE TABLE public.old_log (
  id integer
);

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.old_log
CREATE RULE t_log AS ON INSERT TO public.t
DO ALSO INSERT INTO public.old_log (id) VALUES (new.id);

-- lock: ACCESS EXCLUSIVE on public.t, ACCESS SHARE on public.feed
CREATE RULE t_feed AS ON UPDATE TO public.t
DO ALSO SELECT feed.id, feed.v FROM public.feed WHERE feed.id = new.id;
