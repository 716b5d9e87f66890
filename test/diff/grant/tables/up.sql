SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.audit (
  id bigint NOT NULL,
  note text,
  CONSTRAINT audit_pkey PRIMARY KEY (id)
);

-- hazard breaks-readers: revokes SELECT from app_reader: their queries may fail
REVOKE SELECT ON TABLE public.accounts FROM app_reader;

-- hazard breaks-readers: revokes SELECT, UPDATE from app_writer: their queries may fail
REVOKE GRANT OPTION FOR SELECT, UPDATE ON TABLE public.accounts FROM app_writer;

-- hazard breaks-readers: revokes SELECT from app_writer: their queries may fail
REVOKE SELECT (secret) ON TABLE public.accounts FROM app_writer;

GRANT INSERT ON TABLE public.accounts TO app_writer WITH GRANT OPTION;

GRANT INSERT, SELECT ON TABLE public.audit TO app_writer;

GRANT INSERT, SELECT ON TABLE public.audit TO PUBLIC;

GRANT SELECT, USAGE ON SEQUENCE public.accounts_id_seq TO app_writer;

GRANT SELECT, USAGE ON SEQUENCE public.tickets TO app_writer;

GRANT SELECT (id) ON TABLE public.accounts TO app_reader;

GRANT SELECT (name), UPDATE (name) ON TABLE public.accounts TO app_reader;
