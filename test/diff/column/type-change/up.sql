ALTER TABLE public.child DROP CONSTRAINT child_t_id_fkey;

-- hazard rewrites-table: changing t_id from integer to bigint may rewrite child under ACCESS EXCLUSIVE
ALTER TABLE public.child ALTER COLUMN t_id TYPE bigint;

-- hazard rewrites-table: changing id from integer to bigint may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN id TYPE bigint;

ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;

-- hazard rewrites-table: changing code from text to integer may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of code that do not cast to integer make it fail
ALTER TABLE public.t ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE public.t ALTER COLUMN code SET DEFAULT 0;

-- hazard rewrites-table: changing amount from numeric(10,2) to numeric(12,2) may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(12,2);

-- hazard rewrites-table: changing label from character varying(20) to text may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN label TYPE text;

-- hazard scans-table: validates child_t_id_fkey against every row of child
ALTER TABLE public.child ADD CONSTRAINT child_t_id_fkey FOREIGN KEY (t_id) REFERENCES public.t (id);
