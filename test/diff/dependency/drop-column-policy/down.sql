SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard irreversible: re-adds column docs.owner_id, dropped by the up migration: its values are not restored
ALTER TABLE public.docs ADD COLUMN owner_id integer;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard irreversible: re-adds column docs.team_id, dropped by the up migration: its values are not restored
ALTER TABLE public.docs ADD COLUMN team_id integer;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy docs_owner lets roles see or write
ALTER POLICY docs_owner ON public.docs USING (owner_id = 1);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy docs_team lets roles see or write
CREATE POLICY docs_team ON public.docs FOR UPDATE USING (true) WITH CHECK (team_id > 0);
