SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP PUBLICATION everything;

DROP PUBLICATION some_pub;

CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');

CREATE PUBLICATION gone WITH (publish = 'delete');

CREATE PUBLICATION some_pub WITH (publish = 'insert, update, delete, truncate');

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER PUBLICATION some_pub ADD TABLE ONLY public.t;
