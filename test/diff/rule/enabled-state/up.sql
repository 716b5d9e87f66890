SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what INSERT on public.t does (rule a)
ALTER TABLE public.t DISABLE RULE a;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what UPDATE on public.t does (rule b)
ALTER TABLE public.t ENABLE REPLICA RULE b;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what DELETE on public.t does (rule c)
ALTER TABLE public.t ENABLE ALWAYS RULE c;

-- lock: ACCESS EXCLUSIVE on public.t
CREATE RULE d AS ON INSERT TO public.t
DO ALSO NOTIFY d;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t DISABLE RULE d;
