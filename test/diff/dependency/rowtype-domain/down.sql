SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP DOMAIN public.ya;

DROP DOMAIN public.y;

-- lock: ACCESS EXCLUSIVE on public.x
-- hazard deletes-data: drops table public.x and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.x;

DROP DOMAIN app.pt;

-- lock: ACCESS EXCLUSIVE on app."Point"
-- hazard deletes-data: drops table app.Point and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app."Point";

-- hazard deletes-data: drops schema app
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA app;
