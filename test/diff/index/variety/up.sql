DROP INDEX public.t_email_idx;

-- hazard builds-index: builds index t_created_at_id_email_idx, blocking writes to t
CREATE INDEX t_created_at_id_email_idx ON public.t (created_at DESC NULLS LAST, id) INCLUDE (email);

-- hazard builds-index: builds index t_data, blocking writes to t
CREATE INDEX t_data ON public.t USING gin (data jsonb_path_ops);

-- hazard builds-index: builds index t_email_expr_idx, blocking writes to t
CREATE INDEX t_email_expr_idx ON public.t (email text_pattern_ops, (data ->> 'kind'));

-- hazard builds-index: builds index t_email_idx, blocking writes to t
CREATE INDEX t_email_idx ON public.t (email) WHERE NOT (deleted);

-- hazard builds-index: builds index t_lower_idx, blocking writes to t
CREATE UNIQUE INDEX t_lower_idx ON public.t ((lower(email)));
