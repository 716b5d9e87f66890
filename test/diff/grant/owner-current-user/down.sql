SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: revokes SELECT from current_user: their queries may fail
REVOKE GRANT OPTION FOR SELECT ON TABLE app.u FROM CURRENT_USER;

-- hazard breaks-readers: revokes SELECT from current_user: their queries may fail
REVOKE SELECT (secret) ON TABLE app.t FROM CURRENT_USER;

GRANT EXECUTE ON FUNCTION app.f() TO CURRENT_USER;

GRANT EXECUTE ON FUNCTION app.f() TO PUBLIC;

GRANT DELETE ON TABLE app.t TO CURRENT_USER;

-- hazard breaks-readers: revokes TRUNCATE from current_user: their queries may fail
REVOKE TRUNCATE ON TABLE app.u FROM CURRENT_USER;

GRANT CREATE ON SCHEMA app TO CURRENT_USER;

GRANT UPDATE ON SEQUENCE app.s TO CURRENT_USER;

GRANT USAGE ON TYPE app.mood TO CURRENT_USER;
