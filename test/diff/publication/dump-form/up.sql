SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE PUBLICATION p WITH (publish = 'insert, update, delete, truncate');

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER PUBLICATION p ADD TABLE ONLY public.t (a) WHERE (b > 1);

CREATE PUBLICATION p2 WITH (publish = 'insert, update, delete, truncate');

ALTER PUBLICATION p2 ADD TABLES IN SCHEMA s;
