SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard may-fail: needs an update path to version 1.8 in the scripts of extension hstore (downgrades rarely have one)
ALTER EXTENSION hstore UPDATE TO '1.8';
