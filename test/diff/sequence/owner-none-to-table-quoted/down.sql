SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public."foobar sequence" OWNED BY NONE;
