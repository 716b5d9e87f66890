ALTER TYPE public.case_type ADD VALUE 'tempban' BEFORE 'kick';

ALTER TYPE public.case_type ADD VALUE 'timeout' AFTER 'warn';

-- pgshift:commit
ALTER TABLE public.cases ALTER COLUMN kind SET DEFAULT 'timeout';
