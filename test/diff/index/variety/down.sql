DROP INDEX public.t_created_at_id_email_idx;

DROP INDEX public.t_data;

DROP INDEX public.t_email_expr_idx;

DROP INDEX public.t_email_idx;

DROP INDEX public.t_lower_idx;

-- hazard builds-index: builds index t_email_idx, blocking writes to t
CREATE INDEX t_email_idx ON public.t (email);
