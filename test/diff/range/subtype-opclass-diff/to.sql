CREATE SCHEMA "Ops";
CREATE FUNCTION "Ops".int_cmp(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE OPERATOR CLASS "Ops"."Int Ops" FOR TYPE int USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 "Ops".int_cmp(int, int);
CREATE OPERATOR ~~ (PROCEDURE = int4eq, LEFTARG = int, RIGHTARG = int);
CREATE OPERATOR CLASS op_class_custom FOR TYPE int USING btree AS OPERATOR 3 ~~;
CREATE FUNCTION int_diff(a int, b int) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT ($1 - $2)::float8 $$;
CREATE TYPE range_type_custom AS RANGE (subtype = int, subtype_opclass = op_class_custom, subtype_diff = int_diff);
CREATE TYPE "Ops".r2 AS RANGE (subtype = int, subtype_opclass = "Ops"."Int Ops", multirange_type_name = "Ops".r2_multi);
