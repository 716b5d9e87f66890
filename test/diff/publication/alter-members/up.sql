SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t1, SHARE UPDATE EXCLUSIVE on public.t2, SHARE UPDATE EXCLUSIVE on public.t3
ALTER PUBLICATION p DROP TABLE ONLY public.t1, TABLE ONLY public.t2, TABLE ONLY public.t3;

ALTER PUBLICATION q DROP TABLES IN SCHEMA a;

-- lock: ACCESS EXCLUSIVE on public.t3
-- hazard deletes-data: drops column t3.gone and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t3 DROP COLUMN gone;

CREATE TABLE public.t4 (
  id integer NOT NULL,
  n integer,
  CONSTRAINT t4_pkey PRIMARY KEY (id)
);

ALTER PUBLICATION p SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);

-- lock: SHARE UPDATE EXCLUSIVE on public.t1
ALTER PUBLICATION p ADD TABLE ONLY public.t1 (id, v) WHERE (v > 2);

-- lock: SHARE UPDATE EXCLUSIVE on public.t3
ALTER PUBLICATION p ADD TABLE ONLY public.t3;

-- lock: SHARE UPDATE EXCLUSIVE on public.t4
ALTER PUBLICATION p ADD TABLE ONLY public.t4;

ALTER PUBLICATION q ADD TABLES IN SCHEMA b;

COMMENT ON PUBLICATION q IS 'new';
