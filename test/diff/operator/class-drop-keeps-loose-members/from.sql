-- DROP OPERATOR CLASS takes the members bound to it (same-type operators, required support functions) and leaves the loose ones in the family PostgreSQL made for it: hash's extended hash function 2, btree's sort support function 2, cross-type members; created again, the class is put back in that family
CREATE SCHEMA "Ops";
CREATE FUNCTION h(int4, int8) RETURNS int8 LANGUAGE sql IMMUTABLE AS 'select 0::int8';
CREATE FUNCTION h1(int4) RETURNS int4 LANGUAGE sql IMMUTABLE AS 'select 0';
CREATE OPERATOR CLASS "Ops"."Hash Ops" FOR TYPE int4 USING hash AS OPERATOR 1 =, FUNCTION 1 h1(int4), FUNCTION 2 h(int4, int8);
CREATE OPERATOR CLASS bt_ops FOR TYPE int4 USING btree AS OPERATOR 1 <, OPERATOR 3 =, OPERATOR 1 < (int4, int8), FUNCTION 1 btint4cmp(int4, int4), FUNCTION 2 btint4sortsupport(internal);
