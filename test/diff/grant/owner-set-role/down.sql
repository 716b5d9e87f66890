SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: revokes INSERT from current_user: their queries may fail
REVOKE INSERT ON TABLE app.t FROM CURRENT_USER;

GRANT TRUNCATE ON TABLE app.t TO app_owner;

GRANT USAGE ON SEQUENCE app.t_id_seq TO app_owner;
