-- hazard may-fail: fails if t.id holds NULLs; scans the table under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;

-- hazard builds-index: builds the index of t_pkey; fails on duplicates
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- hazard builds-index: builds the index of t_email_id_key; fails on duplicates
ALTER TABLE public.t ADD CONSTRAINT t_email_id_key UNIQUE (email) INCLUDE (id);
