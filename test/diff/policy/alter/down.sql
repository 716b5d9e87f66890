SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of docs policy p_new lets roles see or write
DROP POLICY p_new ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy p_command lets roles see or write
DROP POLICY p_command ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy p_mode lets roles see or write
DROP POLICY p_mode ON public.docs;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: row-level security on docs now applies to its owner too
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_command lets roles see or write
CREATE POLICY p_command ON public.docs FOR UPDATE USING (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_gone lets roles see or write
CREATE POLICY p_gone ON public.docs FOR SELECT USING (false);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_lose_check lets roles see or write
ALTER POLICY p_lose_check ON public.docs WITH CHECK (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_mode lets roles see or write
CREATE POLICY p_mode ON public.docs FOR DELETE USING (owner = CURRENT_USER);

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_roles lets roles see or write
ALTER POLICY p_roles ON public.docs TO app_reader;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard breaks-readers: changes which rows of docs policy p_using lets roles see or write
ALTER POLICY p_using ON public.docs USING (published);
