SET lock_timeout = '5s';
SET statement_timeout = '15min';

GRANT ALL ON TABLE public.t TO app_writer WITH GRANT OPTION;

-- hazard breaks-readers: revokes DELETE, TRUNCATE from app_reader: their queries may fail
REVOKE DELETE, TRUNCATE ON TABLE public.t FROM app_reader;
