SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.a_x_key
-- hazard breaks-readers: renames index public.a_x_key to a_x: code using the old name fails once this runs
ALTER INDEX public.a_x_key RENAME TO a_x;
