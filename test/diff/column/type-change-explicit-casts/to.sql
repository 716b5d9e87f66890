CREATE TABLE t (a boolean, b integer, c bit(64), d money, e integer[], f date, g text);
