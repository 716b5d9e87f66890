SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of docs policy docs_team lets roles see or write
DROP POLICY docs_team ON public.docs;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard deletes-data: drops column docs.team_id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.docs DROP COLUMN team_id;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy docs_owner lets roles see or write
ALTER POLICY docs_owner ON public.docs USING (id = 1);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard deletes-data: drops column docs.owner_id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.docs DROP COLUMN owner_id;
