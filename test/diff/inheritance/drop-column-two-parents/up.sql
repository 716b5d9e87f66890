SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p1
-- hazard deletes-data: drops column p1.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE ONLY public.p1 DROP COLUMN e;

-- lock: ACCESS EXCLUSIVE on public.p2
-- hazard deletes-data: drops column p2.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE ONLY public.p2 DROP COLUMN e;

-- lock: ACCESS EXCLUSIVE on public.q1, ACCESS EXCLUSIVE on its inheritance child public.both_
-- hazard deletes-data: drops column q1.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.q1 DROP COLUMN e;
