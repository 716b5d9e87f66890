-- pgshift revision: 20261125231025
-- parent: 20261125231024
-- message: index expiring cases and due reminders
-- created: 2026-11-25T23:10:25.769Z
-- direction: down

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.cases
DROP INDEX CONCURRENTLY public.cases_expiring_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.reminders
DROP INDEX CONCURRENTLY public.reminders_due_idx;
