-- Partition key expressions with literals and bound expressions, as written: pg_dump's form (to.sql) is the same tables (before, the literal 'A' against 'A'::text dropped and created the table again, and bound expressions detached and attached the partitions).
CREATE TABLE t (a int, c text) PARTITION BY HASH (ltrim(c, 'A'));
CREATE TABLE t0 PARTITION OF t FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE r (a int, c varchar(10)) PARTITION BY RANGE ((c || 'x'), (a + 1));
CREATE TABLE r1 PARTITION OF r FOR VALUES FROM ('a', 0 + 1) TO ('m', '10'::int);
CREATE TABLE l (a int, d date, c text) PARTITION BY LIST (substr(c, 1, 2));
CREATE TABLE l1 PARTITION OF l FOR VALUES IN ('ab', 'c' || 'd');
CREATE TABLE l2 (a int, d date, c text) PARTITION BY RANGE ((d + 1), (a::numeric * 2.5));
CREATE TABLE l21 PARTITION OF l2 FOR VALUES FROM ('2024-01-01', -5) TO ('2024-02-01', 10 * 10);
