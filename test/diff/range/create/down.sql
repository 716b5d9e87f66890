SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.readings
-- hazard deletes-data: drops column readings.names and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.readings DROP COLUMN names;

-- lock: ACCESS EXCLUSIVE on public.readings
-- hazard deletes-data: drops column readings.many and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.readings DROP COLUMN many;

-- lock: ACCESS EXCLUSIVE on public.readings
-- hazard deletes-data: drops column readings.hours and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.readings DROP COLUMN hours;

DROP TYPE public.timerange;

DROP TYPE public.textrange;
