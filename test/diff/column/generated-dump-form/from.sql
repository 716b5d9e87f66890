-- Generation expressions and defaults are coerced to the column's type, and pg_dump prints the coercion: GENERATED AS (NULL) is (NULL::integer) on an integer column (before, the column was dropped and added again), NULL::character varying on varchar(10), NULL::integer on a domain over integer; DEFAULT NULL on a domain is stored (as NULL::integer), on a plain type it is no default.
CREATE DOMAIN d_int AS int;
CREATE DOMAIN d_vc AS varchar(10);
CREATE TABLE g (
  a int,
  b1 int GENERATED ALWAYS AS (NULL) STORED,
  b2 varchar(10) GENERATED ALWAYS AS (NULL) STORED,
  b3 numeric(5,2) GENERATED ALWAYS AS (NULL) STORED,
  b4 d_int GENERATED ALWAYS AS (NULL) STORED,
  b5 int[] GENERATED ALWAYS AS (NULL) STORED,
  b6 varchar(10) GENERATED ALWAYS AS ('x') STORED,
  b7 int GENERATED ALWAYS AS ('5') STORED,
  b8 d_vc GENERATED ALWAYS AS ('x') STORED,
  b9 int[] GENERATED ALWAYS AS ('{1,2}') STORED,
  b10 date GENERATED ALWAYS AS ('2024-01-01') STORED,
  c1 int DEFAULT NULL,
  c2 varchar(10) DEFAULT NULL,
  c3 numeric(5,2) DEFAULT NULL,
  c4 d_int DEFAULT NULL,
  c5 int[] DEFAULT NULL,
  c6 d_vc DEFAULT NULL,
  c7 d_vc DEFAULT 'x'
);
