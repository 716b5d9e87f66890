-- pgshift revision: 20261125231027
-- parent: 20261125231025
-- message: add jail case types
-- created: 2026-11-25T23:10:27.548Z
-- direction: down

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard may-fail: recreates type case_type without 'jail', 'unjail': rows holding those values make it fail
-- hazard rewrites-table: converts 1 column(s) to the new type
ALTER TYPE public.case_type RENAME TO case_type__pgshift_old;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
CREATE TYPE public.case_type AS ENUM ('ban', 'unban', 'hackban', 'tempban', 'kick', 'timeout', 'untimeout', 'warn');

-- lock: ACCESS EXCLUSIVE on public.cases; rewrites the table; USING expression rewrites the table
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.cases ALTER COLUMN case_type TYPE public.case_type USING case_type::text::public.case_type;

DROP TYPE public.case_type__pgshift_old;
