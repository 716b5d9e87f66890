-- pg_dump's form: CREATE with every option, then one ALTER PUBLICATION … ADD per member, schema-qualified
CREATE SCHEMA s;
CREATE TABLE public.t (a integer NOT NULL, b integer);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (a);
CREATE PUBLICATION p WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION p OWNER TO CURRENT_USER;
CREATE PUBLICATION p2 WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION p ADD TABLE ONLY public.t (a) WHERE ((b > 1));
ALTER PUBLICATION p2 ADD TABLES IN SCHEMA s;
