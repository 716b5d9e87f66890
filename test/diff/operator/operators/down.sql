SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR public.!~~~ (NONE, text);

DROP OPERATOR public.#> (integer, numeric);

DROP OPERATOR public.<# (numeric, integer);

DROP OPERATOR public.=== (integer, integer);

DROP OPERATOR public.>=# (numeric, integer);

DROP OPERATOR public.~<< (text, text);

-- hazard breaks-readers: drops function public.int_eq: callers fail until it exists again
DROP FUNCTION public.int_eq(integer, integer);

-- hazard breaks-readers: drops function public.negate_text: callers fail until it exists again
DROP FUNCTION public.negate_text(text);

-- hazard breaks-readers: drops function public.num_ge: callers fail until it exists again
DROP FUNCTION public.num_ge(numeric, integer);

-- hazard breaks-readers: drops function public.num_gt: callers fail until it exists again
DROP FUNCTION public.num_gt(integer, numeric);

-- hazard breaks-readers: drops function public.num_lt: callers fail until it exists again
DROP FUNCTION public.num_lt(numeric, integer);
