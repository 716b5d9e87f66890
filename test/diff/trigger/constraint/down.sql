SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER children_parent ON public.children;
