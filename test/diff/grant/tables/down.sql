SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.audit
-- hazard deletes-data: drops table public.audit and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.audit;

-- hazard breaks-readers: revokes INSERT from app_writer: their queries may fail
REVOKE INSERT ON TABLE public.accounts FROM app_writer;

-- hazard breaks-readers: revokes SELECT, USAGE from app_writer: their queries may fail
REVOKE SELECT, USAGE ON SEQUENCE public.accounts_id_seq FROM app_writer;

-- hazard breaks-readers: revokes SELECT, USAGE from app_writer: their queries may fail
REVOKE SELECT, USAGE ON SEQUENCE public.tickets FROM app_writer;

-- hazard breaks-readers: revokes SELECT from app_reader: their queries may fail
REVOKE SELECT (id) ON TABLE public.accounts FROM app_reader;

-- hazard breaks-readers: revokes SELECT, UPDATE from app_reader: their queries may fail
REVOKE SELECT (name), UPDATE (name) ON TABLE public.accounts FROM app_reader;

GRANT SELECT ON TABLE public.accounts TO app_reader;

GRANT SELECT, UPDATE ON TABLE public.accounts TO app_writer WITH GRANT OPTION;

GRANT SELECT (secret) ON TABLE public.accounts TO app_writer;
