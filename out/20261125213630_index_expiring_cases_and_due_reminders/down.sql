-- pgshift revision: 20261125213630
-- parent: 20261125213628
-- message: index expiring cases and due reminders
-- created: 2026-11-25T21:36:30.040Z
-- direction: down

DROP INDEX public.cases_expiring_idx;

DROP INDEX public.reminders_due_idx;
