-- roles are cluster-wide on a real server: create them only when missing
DO $$ BEGIN CREATE ROLE stats_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
