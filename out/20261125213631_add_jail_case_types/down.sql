-- pgshift revision: 20261125213631
-- parent: 20261125213630
-- message: add jail case types
-- created: 2026-11-25T21:36:31.728Z
-- direction: down

-- hazard may-fail: recreates type case_type without 'jail', 'unjail': rows holding those values make it fail
-- hazard rewrites-table: converts 1 column(s) to the new type
ALTER TYPE public.case_type RENAME TO case_type__pgshift_old;

CREATE TYPE public.case_type AS ENUM('ban', 'unban', 'hackban', 'tempban', 'kick', 'timeout', 'untimeout', 'warn');

ALTER TABLE public.cases
ALTER COLUMN case_type TYPE public.case_type USING case_type::text::public.case_type;

DROP TYPE public.case_type__pgshift_old;
