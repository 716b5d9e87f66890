SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public.counter MINVALUE 1 START WITH 1;

-- lock: ACCESS EXCLUSIVE on public.voltages
ALTER TABLE public.voltages ALTER COLUMN volt SET INCREMENT BY 10 SET MINVALUE -200 SET MAXVALUE 200 SET START WITH -200;
