-- pgshift revision: 20261125231025
-- parent: 20261125231024
-- message: index expiring cases and due reminders
-- created: 2026-11-25T23:10:25.769Z
-- direction: up

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.cases; scans the table; index build
-- hazard builds-index: builds index cases_expiring_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY cases_expiring_idx ON public.cases (expires_at) WHERE expires_at IS NOT NULL;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.reminders; scans the table; index build
-- hazard builds-index: builds index reminders_due_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY reminders_due_idx ON public.reminders (remind_at) WHERE NOT (sent);
