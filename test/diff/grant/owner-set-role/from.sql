-- Objects created under SET ROLE app_owner belong to app_owner, and CURRENT_USER / CURRENT_ROLE name it there: its grants and revokes are the owner's (the serial's sequence too). After RESET ROLE, CURRENT_USER is the role running the migrations, a grantee like any other on app_owner's objects.
CREATE SCHEMA app AUTHORIZATION app_owner;
SET ROLE app_owner;
CREATE TABLE app.t (id serial, note text);
GRANT SELECT ON app.t TO CURRENT_USER;
GRANT SELECT ON app.t TO app_reader;
RESET ROLE;
