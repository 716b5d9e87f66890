-- hazard deletes-data: drops column t.history and its values
ALTER TABLE public.t DROP COLUMN history;

CREATE TYPE public.old_mood AS ENUM ('a');

-- hazard rewrites-table: changing m from public.mood to public.old_mood may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of m that do not cast to public.old_mood make it fail
ALTER TABLE public.t ALTER COLUMN m TYPE public.old_mood USING m::text::public.old_mood;

DROP TYPE public.mood;
