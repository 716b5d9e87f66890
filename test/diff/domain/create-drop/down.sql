SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on app.users
-- hazard deletes-data: drops table app.users and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app.users;

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN public.old_code AS text CONSTRAINT old_code_check CHECK (value ~ '^[A-Z]+$');

-- hazard irreversible: re-creates table public.legacy, dropped by the up migration: its rows are not restored
CREATE TABLE public.legacy (
  code public.old_code
);

DROP DOMAIN app.small_positive;

DROP DOMAIN app.positive_int;

DROP DOMAIN app.email;

-- hazard deletes-data: drops schema app
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA app;
