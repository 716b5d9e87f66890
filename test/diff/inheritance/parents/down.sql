SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.clip
-- hazard breaks-readers: rows of clip disappear from queries on owned
ALTER TABLE public.clip NO INHERIT public.owned;

-- lock: ACCESS EXCLUSIVE on public.clip
-- hazard breaks-readers: rows of clip disappear from queries on stamped
ALTER TABLE public.clip NO INHERIT public.stamped;

-- lock: ACCESS EXCLUSIVE on public.pic
-- hazard breaks-readers: rows of pic disappear from queries on owned
ALTER TABLE public.pic NO INHERIT public.owned;

-- lock: ACCESS EXCLUSIVE on public.clip
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.clip DROP CONSTRAINT owned_owner_check;

-- lock: ACCESS EXCLUSIVE on public.pic
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.pic DROP CONSTRAINT owned_owner_check;

-- lock: ACCESS EXCLUSIVE on public.vid
-- hazard deletes-data: drops table public.vid and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.vid;

-- lock: ACCESS EXCLUSIVE on public.pic
-- hazard deletes-data: drops column pic.owner_id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.pic DROP COLUMN owner_id;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.doc
ALTER TABLE public.doc INHERIT public.owned;
