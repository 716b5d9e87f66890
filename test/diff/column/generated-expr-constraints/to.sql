-- constraints and extended statistics on b go with DROP COLUMN b: dropped first, added again after
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a + 1) STORED CHECK (b >= 0), c int,
  CONSTRAINT t_b_key UNIQUE (b),
  CONSTRAINT t_c_b_excl EXCLUDE USING btree (c WITH =) WHERE (b > 10),
  CONSTRAINT t_bc_check CHECK (b <> c));
COMMENT ON CONSTRAINT t_b_key ON t IS 'one row per b';
CREATE STATISTICS t_ab_stats (dependencies) ON a, b FROM t;
CREATE STATISTICS t_b_expr_stats ON (b + c) FROM t;
CREATE STATISTICS t_ac_stats (ndistinct) ON a, c FROM t;
