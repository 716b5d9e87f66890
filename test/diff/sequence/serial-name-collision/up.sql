SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SEQUENCE public.t_id_seq1;

CREATE SEQUENCE public.u_id_seq AS integer;

CREATE TABLE public.u (
  id integer DEFAULT nextval('public.u_id_seq'::regclass) NOT NULL
);

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN id DROP NOT NULL;

-- hazard deletes-data: drops sequence t_id_seq and its current value
DROP SEQUENCE public.t_id_seq;

ALTER SEQUENCE public.u_id_seq OWNED BY public.u.id;
