SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.pair_cmp(public.pair, public.pair)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT btint4cmp(($1).a, ($2).a)$$;

CREATE FUNCTION public.pair_eq(public.pair, public.pair)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT ($1).a = ($2).a$$;

CREATE FUNCTION public.pair_hash(public.pair)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT hashint4(($1).a)$$;

CREATE FUNCTION public.pair_int_cmp(public.pair, integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT btint4cmp(($1).a, $2)$$;

CREATE FUNCTION public.pair_int_lt(public.pair, integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT ($1).a < $2$$;

CREATE FUNCTION public.pair_lt(public.pair, public.pair)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT ($1).a < ($2).a$$;

CREATE OPERATOR public.<<< (
  FUNCTION = public.pair_int_lt,
  LEFTARG = public.pair,
  RIGHTARG = integer
);

CREATE OPERATOR public.<<< (
  FUNCTION = public.pair_lt,
  LEFTARG = public.pair,
  RIGHTARG = public.pair
);

CREATE OPERATOR public.=== (
  FUNCTION = public.pair_eq,
  LEFTARG = public.pair,
  RIGHTARG = public.pair,
  COMMUTATOR = OPERATOR(public.===),
  HASHES,
  MERGES
);

CREATE OPERATOR FAMILY public.pair_array_ops USING gin;

CREATE OPERATOR FAMILY public.pair_hash_ops USING hash;

CREATE OPERATOR FAMILY public.pair_ops USING btree;

CREATE OPERATOR CLASS public.pair_array_ops FOR TYPE public.pair[] USING gin FAMILY public.pair_array_ops AS
  FUNCTION 2 (public.pair[], public.pair[]) ginarrayextract(anyarray, internal, internal),
  FUNCTION 3 (public.pair[], public.pair[]) ginqueryarrayextract(anyarray, internal, smallint, internal, internal, internal, internal),
  STORAGE public.pair;

CREATE OPERATOR CLASS public.pair_hash_ops DEFAULT FOR TYPE public.pair USING hash FAMILY public.pair_hash_ops AS
  OPERATOR 1 public.===(public.pair, public.pair),
  FUNCTION 1 (public.pair, public.pair) public.pair_hash(public.pair),
  STORAGE public.pair;

CREATE OPERATOR CLASS public.pair_ops DEFAULT FOR TYPE public.pair USING btree FAMILY public.pair_ops AS
  OPERATOR 1 public.<<<(public.pair, public.pair),
  OPERATOR 3 public.===(public.pair, public.pair),
  FUNCTION 1 (public.pair, public.pair) public.pair_cmp(public.pair, public.pair),
  STORAGE public.pair;

ALTER OPERATOR FAMILY public.pair_array_ops USING gin ADD
  OPERATOR 1 &&(anyarray, anyarray),
  OPERATOR 2 @>(anyarray, anyarray),
  FUNCTION 1 (public.pair[], public.pair[]) public.pair_cmp(public.pair, public.pair),
  FUNCTION 4 (public.pair[], public.pair[]) ginarrayconsistent(internal, smallint, anyarray, integer, internal, internal, internal, internal);

ALTER OPERATOR FAMILY public.pair_ops USING btree ADD
  OPERATOR 1 public.<<<(public.pair, integer),
  FUNCTION 1 (public.pair, integer) public.pair_int_cmp(public.pair, integer);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.points; scans the table; index build
-- hazard builds-index: builds index points_p concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY points_p ON public.points (p);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.points; scans the table; index build
-- hazard builds-index: builds index points_p_hash concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY points_p_hash ON public.points USING hash (p);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.points; scans the table; index build
-- hazard builds-index: builds index points_tags concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY points_tags ON public.points USING gin (tags pair_array_ops);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON OPERATOR CLASS public.pair_hash_ops USING hash IS 'hashes the first field';

COMMENT ON OPERATOR FAMILY public.pair_array_ops USING gin IS 'arrays of pairs';
