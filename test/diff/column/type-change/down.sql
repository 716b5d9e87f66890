ALTER TABLE public.child DROP CONSTRAINT child_t_id_fkey;

-- hazard rewrites-table: changing t_id from bigint to integer may rewrite child under ACCESS EXCLUSIVE
ALTER TABLE public.child ALTER COLUMN t_id TYPE integer;

-- hazard rewrites-table: changing id from bigint to integer may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN id TYPE integer;

ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;

-- hazard rewrites-table: changing code from integer to text may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN code TYPE text;

ALTER TABLE public.t ALTER COLUMN code SET DEFAULT '0';

-- hazard rewrites-table: changing amount from numeric(12,2) to numeric(10,2) may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN amount TYPE numeric(10,2);

-- hazard rewrites-table: changing label from text to character varying(20) may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN label TYPE character varying(20);

-- hazard scans-table: validates child_t_id_fkey against every row of child
ALTER TABLE public.child ADD CONSTRAINT child_t_id_fkey FOREIGN KEY (t_id) REFERENCES public.t (id);
