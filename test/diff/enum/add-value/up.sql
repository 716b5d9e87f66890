SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TYPE public.case_type ADD VALUE 'tempban' BEFORE 'kick';

ALTER TYPE public.case_type ADD VALUE 'timeout' AFTER 'warn';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cases
ALTER TABLE public.cases ALTER COLUMN kind SET DEFAULT 'timeout';
