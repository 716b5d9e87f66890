-- PostgreSQL 17 accepts arrays of copied types in PL/pgSQL declarations (`t.col%TYPE[]`,
-- `t%ROWTYPE[]`); they need the table at creation as the plain forms do. Written before the table
-- (with check_function_bodies off, as pg_dump writes them), the function comes after it in up.
SET check_function_bodies = false;
CREATE FUNCTION tags_of(p_id int) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
  tags labels.tag%TYPE[];
  rows_seen public.labels%ROWTYPE[];
BEGIN
  SELECT array_agg(tag) INTO tags FROM labels WHERE item_id = p_id;
  RETURN tags;
END $$;
CREATE TABLE labels (item_id int, tag text);
