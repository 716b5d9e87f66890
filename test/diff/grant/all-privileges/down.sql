SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: revokes ALL from app_writer: their queries may fail
REVOKE ALL ON TABLE public.t FROM app_writer;

GRANT DELETE, TRUNCATE ON TABLE public.t TO app_reader;

GRANT SELECT ON TABLE public.t TO app_writer;
