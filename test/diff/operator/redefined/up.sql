SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER OPERATOR FAMILY public.text_extra USING btree DROP
  OPERATOR 1 (text, text);

DROP OPERATOR public.<~ (text, text);

CREATE OPERATOR public.<~ (
  FUNCTION = public.text_lt_cs,
  LEFTARG = text,
  RIGHTARG = text
);

ALTER OPERATOR FAMILY public.text_extra USING btree ADD
  OPERATOR 1 public.<~(text, text);
