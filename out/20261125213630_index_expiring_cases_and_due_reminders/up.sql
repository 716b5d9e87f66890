-- pgshift revision: 20261125213630
-- parent: 20261125213628
-- message: index expiring cases and due reminders
-- created: 2026-11-25T21:36:30.040Z
-- direction: up

-- hazard builds-index: builds index cases_expiring_idx, blocking writes to cases
CREATE INDEX cases_expiring_idx ON public.cases (expires_at) WHERE expires_at IS NOT NULL;

-- hazard builds-index: builds index reminders_due_idx, blocking writes to reminders
CREATE INDEX reminders_due_idx ON public.reminders (remind_at) WHERE NOT (sent);
