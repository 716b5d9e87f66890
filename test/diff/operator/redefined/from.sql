CREATE FUNCTION text_lt_ci(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT lower($1) < lower($2)';
CREATE FUNCTION text_lt_cs(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 < $2';
CREATE OPERATOR <~ (FUNCTION = text_lt_ci, LEFTARG = text, RIGHTARG = text);
CREATE OPERATOR FAMILY text_extra USING btree;
ALTER OPERATOR FAMILY text_extra USING btree ADD OPERATOR 1 <~ (text, text);
