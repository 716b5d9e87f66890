SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP PUBLICATION gone;

DROP PUBLICATION everything;

DROP PUBLICATION some_pub;

CREATE PUBLICATION everything WITH (publish = 'insert, update, delete, truncate');

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER PUBLICATION everything ADD TABLE ONLY public.t;

CREATE PUBLICATION some_pub FOR ALL TABLES WITH (publish = 'truncate');
