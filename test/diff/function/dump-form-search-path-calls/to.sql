SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA s;
CREATE TYPE s.e AS ENUM (
    'a',
    'b'
);
CREATE FUNCTION public.pf() RETURNS integer
    LANGUAGE sql
    AS $$select 2$$;
CREATE FUNCTION s.f0() RETURNS integer
    LANGUAGE sql
    AS $$select 1$$;
CREATE FUNCTION s.f1(x integer DEFAULT s.f0(), y s.e DEFAULT 'a'::s.e) RETURNS integer
    LANGUAGE sql
    AS $$select x$$;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE public.t3 (
    a integer DEFAULT public.pf()
);
CREATE TABLE s.t (
    a integer DEFAULT s.f0(),
    b integer,
    c s.e DEFAULT 'a'::s.e,
    d integer GENERATED ALWAYS AS ((a + s.f0())) STORED,
    CONSTRAINT t_b_check CHECK ((b > s.f0()))
);
CREATE TABLE s.t2 (
    a integer DEFAULT (public.pf() + s.f0()),
    b bigint DEFAULT ((now())::date - '2000-01-01'::date)
);
CREATE INDEX t_expr_idx ON s.t USING btree (((a + s.f0())));
