SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA ext;

-- hazard may-fail: fails unless extension hstore is relocatable
ALTER EXTENSION hstore SET SCHEMA ext;

CREATE EXTENSION IF NOT EXISTS ltree WITH SCHEMA ext;

-- lock: ACCESS EXCLUSIVE on public.profiles
ALTER TABLE public.profiles ADD COLUMN path ext.ltree;
