CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C", multirange_type_name = textranges);
CREATE TYPE timerange AS RANGE (subtype = time);
CREATE TABLE readings (id int PRIMARY KEY, span floatrange, names textrange, many textranges, hours timerange[]);
COMMENT ON TYPE timerange IS 'opening hours';
