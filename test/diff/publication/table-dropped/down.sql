SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.renamed_now
-- hazard breaks-readers: renames table public.renamed_now to renamed_later: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.renamed_now RENAME TO renamed_later;

-- lock: ACCESS EXCLUSIVE on public.renamed_later
-- hazard breaks-readers: renames constraint renamed_now_pkey to renamed_later_pkey: code using the old name fails once this runs
ALTER TABLE public.renamed_later RENAME CONSTRAINT renamed_now_pkey TO renamed_later_pkey;

CREATE SCHEMA old;

-- hazard irreversible: re-creates table old.z, dropped by the up migration: its rows are not restored
CREATE TABLE old.z (
  id integer
);

-- hazard irreversible: re-creates table public.drop_me, dropped by the up migration: its rows are not restored
CREATE TABLE public.drop_me (
  id integer NOT NULL,
  v integer,
  CONSTRAINT drop_me_pkey PRIMARY KEY (id)
);

-- lock: SHARE UPDATE EXCLUSIVE on public.drop_me
ALTER PUBLICATION p ADD TABLE ONLY public.drop_me (id, v) WHERE (v IS NOT NULL);

ALTER PUBLICATION p_old ADD TABLES IN SCHEMA old;
