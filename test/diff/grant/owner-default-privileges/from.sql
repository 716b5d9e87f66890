-- Default privileges naming the owner of the objects they are for: database-wide entries start from the owner's full privileges (a revoke takes one away from every table created after it), a per-schema grant to the owner is stored as such; FOR ROLE app_owner names app_owner the owner.
CREATE SCHEMA app;
CREATE TABLE app.old (id int);
