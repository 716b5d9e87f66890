SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.notes (
  id integer NOT NULL,
  author text,
  CONSTRAINT notes_pkey PRIMARY KEY (id)
);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: enables row-level security on docs: roles without a matching policy see no rows
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: row-level security on docs now applies to its owner too
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy docs_all lets roles see or write
CREATE POLICY docs_all ON public.docs USING (owner = CURRENT_USER) WITH CHECK (length(body) < 1000);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy docs_read lets roles see or write
CREATE POLICY docs_read ON public.docs FOR SELECT TO app_reader, app_writer USING (published
  OR owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy docs_write lets roles see or write
CREATE POLICY docs_write ON public.docs AS RESTRICTIVE FOR INSERT TO app_writer WITH CHECK (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.notes
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.notes
CREATE POLICY notes_own ON public.notes FOR UPDATE USING (author = CURRENT_USER) WITH CHECK (author = CURRENT_USER);

COMMENT ON POLICY docs_read ON public.docs IS 'readers see published documents';
