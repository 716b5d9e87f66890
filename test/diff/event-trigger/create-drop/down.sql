SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP EVENT TRIGGER "Log DDL";

DROP EVENT TRIGGER log_drops;

DROP EVENT TRIGGER log_rewrites;
