SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.labels (
  item_id integer,
  tag text
);

CREATE FUNCTION public.tags_of(p_id integer)
RETURNS text[]
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
  tags labels.tag%TYPE[];
  rows_seen public.labels%ROWTYPE[];
BEGIN
  SELECT array_agg(tag) INTO tags FROM labels WHERE item_id = p_id;
  RETURN tags;
END $$;
