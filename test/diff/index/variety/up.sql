-- pgshift:no-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_email_idx;

-- pgshift:no-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_created_at_id_email_idx, blocking writes to t
CREATE INDEX CONCURRENTLY t_created_at_id_email_idx ON public.t (created_at DESC NULLS LAST, id) INCLUDE (email);

-- pgshift:no-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_data, blocking writes to t
CREATE INDEX CONCURRENTLY t_data ON public.t USING gin (data jsonb_path_ops);

-- pgshift:no-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_email_expr_idx, blocking writes to t
CREATE INDEX CONCURRENTLY t_email_expr_idx ON public.t (email text_pattern_ops, (data ->> 'kind'));

-- pgshift:no-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_email_idx, blocking writes to t
CREATE INDEX CONCURRENTLY t_email_idx ON public.t (email) WHERE NOT (deleted);

-- pgshift:no-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_lower_idx, blocking writes to t
CREATE UNIQUE INDEX CONCURRENTLY t_lower_idx ON public.t ((lower(email)));
