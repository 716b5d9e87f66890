SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u, ACCESS EXCLUSIVE on public.u_2
-- hazard breaks-readers: rows of u_2 disappear from u
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.u DETACH PARTITION public.u_2;

-- lock: ACCESS EXCLUSIVE on public.u_2
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.u_2 DROP CONSTRAINT u_2_a_b_key;

-- lock: ACCESS EXCLUSIVE on public.pk_1
-- hazard deletes-data: drops table public.pk_1 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pk_1;

-- lock: ACCESS EXCLUSIVE on public.u_1
-- hazard deletes-data: drops table public.u_1 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.u_1;
