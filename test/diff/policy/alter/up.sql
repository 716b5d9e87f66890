SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of docs policy p_gone lets roles see or write
DROP POLICY p_gone ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy p_command lets roles see or write
DROP POLICY p_command ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy p_lose_check lets roles see or write
DROP POLICY p_lose_check ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy p_mode lets roles see or write
DROP POLICY p_mode ON public.docs;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs NO FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_command lets roles see or write
CREATE POLICY p_command ON public.docs FOR DELETE USING (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_lose_check lets roles see or write
CREATE POLICY p_lose_check ON public.docs USING (true);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_mode lets roles see or write
CREATE POLICY p_mode ON public.docs AS RESTRICTIVE FOR DELETE USING (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_new lets roles see or write
CREATE POLICY p_new ON public.docs FOR INSERT WITH CHECK (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_roles lets roles see or write
ALTER POLICY p_roles ON public.docs TO app_reader, app_writer;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_using lets roles see or write
ALTER POLICY p_using ON public.docs USING (published
  AND body IS NOT NULL);
