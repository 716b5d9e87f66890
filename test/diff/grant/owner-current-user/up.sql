SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;

-- hazard breaks-readers: revokes EXECUTE from current_user: their queries may fail
REVOKE EXECUTE ON FUNCTION app.f() FROM CURRENT_USER;

-- hazard breaks-readers: revokes DELETE from current_user: their queries may fail
REVOKE DELETE ON TABLE app.t FROM CURRENT_USER;

GRANT TRUNCATE ON TABLE app.u TO CURRENT_USER;

GRANT SELECT ON TABLE app.u TO CURRENT_USER WITH GRANT OPTION;

-- hazard breaks-readers: revokes CREATE from current_user: their queries may fail
REVOKE CREATE ON SCHEMA app FROM CURRENT_USER;

-- hazard breaks-readers: revokes UPDATE from current_user: their queries may fail
REVOKE UPDATE ON SEQUENCE app.s FROM CURRENT_USER;

-- hazard breaks-readers: revokes USAGE from current_user: their queries may fail
REVOKE USAGE ON TYPE app.mood FROM CURRENT_USER;

GRANT SELECT (secret) ON TABLE app.t TO CURRENT_USER;
