-- access methods are not modelled by pgshift (CREATE ACCESS METHOD warns): the database has them
DO $$ BEGIN CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ACCESS METHOD "Heap 3" TYPE TABLE HANDLER heap_tableam_handler; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
