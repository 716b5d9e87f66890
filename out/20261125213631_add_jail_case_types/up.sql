-- pgshift revision: 20261125213631
-- parent: 20261125213630
-- message: add jail case types
-- created: 2026-11-25T21:36:31.728Z
-- direction: up

ALTER TYPE public.case_type ADD VALUE 'jail' AFTER 'warn';

ALTER TYPE public.case_type ADD VALUE 'unjail' AFTER 'jail';
