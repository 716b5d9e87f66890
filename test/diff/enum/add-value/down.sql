-- hazard may-fail: recreates type case_type without 'tempban', 'timeout': rows holding those values make it fail
-- hazard rewrites-table: converts 1 column(s) to the new type
ALTER TYPE public.case_type RENAME TO case_type__pgshift_old;

CREATE TYPE public.case_type AS ENUM ('ban', 'kick', 'warn');

ALTER TABLE public.cases ALTER COLUMN kind DROP DEFAULT;

ALTER TABLE public.cases ALTER COLUMN kind TYPE public.case_type USING kind::text::public.case_type;

ALTER TABLE public.cases ALTER COLUMN kind SET DEFAULT 'warn';

DROP TYPE public.case_type__pgshift_old;

ALTER TABLE public.cases ALTER COLUMN kind SET DEFAULT 'warn';
