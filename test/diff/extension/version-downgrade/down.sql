SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: extension hstore stays at version 1.8: extensions ship update scripts, not downgrade ones, so ALTER EXTENSION … UPDATE TO '1.4' has no path (not run); going back means DROP EXTENSION hstore and everything using it, then CREATE EXTENSION hstore VERSION '1.4'
-- not run: ALTER EXTENSION hstore UPDATE TO '1.4'
