-- pgshift revision: 20261125220224
-- parent: 20261125220222
-- message: index expiring cases and due reminders
-- created: 2026-11-25T22:02:24.181Z
-- direction: up

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.cases; scans the table; index build
-- hazard builds-index: builds index cases_expiring_idx, blocking writes to cases
CREATE INDEX CONCURRENTLY cases_expiring_idx ON public.cases (expires_at) WHERE expires_at IS NOT NULL;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.reminders; scans the table; index build
-- hazard builds-index: builds index reminders_due_idx, blocking writes to reminders
CREATE INDEX CONCURRENTLY reminders_due_idx ON public.reminders (remind_at) WHERE NOT (sent);
