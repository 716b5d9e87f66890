-- hazard may-fail: fails if t.a holds NULLs; scans the table under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;

ALTER TABLE public.t ALTER COLUMN b SET DEFAULT 2;

ALTER TABLE public.t ALTER COLUMN c SET DEFAULT now();

ALTER TABLE public.t ALTER COLUMN c DROP NOT NULL;
