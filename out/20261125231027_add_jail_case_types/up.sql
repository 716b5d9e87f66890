-- pgshift revision: 20261125231027
-- parent: 20261125231025
-- message: add jail case types
-- created: 2026-11-25T23:10:27.548Z
-- direction: up

SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TYPE public.case_type ADD VALUE 'jail' AFTER 'warn';

ALTER TYPE public.case_type ADD VALUE 'unjail' AFTER 'jail';
