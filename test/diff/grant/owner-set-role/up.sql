SET lock_timeout = '5s';
SET statement_timeout = '15min';

GRANT INSERT ON TABLE app.t TO CURRENT_USER;

-- hazard breaks-readers: revokes TRUNCATE from app_owner: their queries may fail
REVOKE TRUNCATE ON TABLE app.t FROM app_owner;

-- hazard breaks-readers: revokes USAGE from app_owner: their queries may fail
REVOKE USAGE ON SEQUENCE app.t_id_seq FROM app_owner;
