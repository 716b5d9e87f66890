-- pairs with only an explicit cast (USING col::type; may fail on the data) in both directions
CREATE TABLE t (a integer, b text, c bigint, d numeric, e text[], f timestamptz, g jsonb);
