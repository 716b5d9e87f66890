SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_id_uq; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_id_uq;

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_code_uq; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_uq DEFERRABLE INITIALLY DEFERRED;

-- lock: ACCESS EXCLUSIVE on public.u, SHARE UPDATE EXCLUSIVE on public.u_ab; uses existing index
ALTER TABLE public.u ADD CONSTRAINT u_ab PRIMARY KEY USING INDEX u_ab;
