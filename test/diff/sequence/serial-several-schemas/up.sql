SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA b;

CREATE SEQUENCE a.foobar_fizz_seq AS integer;

CREATE SEQUENCE b.foobar_fizz_seq AS integer;

CREATE SEQUENCE public.foobar_fizz_seq AS integer;

CREATE TABLE a.foobar (
  fizz integer DEFAULT nextval('a.foobar_fizz_seq'::regclass) NOT NULL
);

CREATE TABLE b.foobar (
  fizz integer DEFAULT nextval('b.foobar_fizz_seq'::regclass) NOT NULL
);

CREATE TABLE public.foobar (
  fizz integer DEFAULT nextval('public.foobar_fizz_seq'::regclass) NOT NULL
);

ALTER SEQUENCE a.foobar_fizz_seq OWNED BY a.foobar.fizz;

ALTER SEQUENCE b.foobar_fizz_seq OWNED BY b.foobar.fizz;

ALTER SEQUENCE public.foobar_fizz_seq OWNED BY public.foobar.fizz;
