SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard irreversible: column t.b keeps its generated values: the values the up migration replaced are not restored
ALTER TABLE public.t ALTER COLUMN b DROP EXPRESSION;
