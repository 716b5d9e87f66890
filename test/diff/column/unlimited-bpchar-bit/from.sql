-- bare bpchar and quoted "bit" have no length limit (typmod -1, format_type: bpchar, "bit");
-- written as character / bit they would mean character(1) / bit(1)
CREATE TABLE t (
  x int,
  c character(1),
  b bit(1),
  w bpchar
);
CREATE TABLE parent (k int, code bpchar(2)) PARTITION BY LIST (k);
CREATE TABLE parent_ab PARTITION OF parent FOR VALUES IN (1);
