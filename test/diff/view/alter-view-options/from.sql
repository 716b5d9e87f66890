CREATE SCHEMA "Reports";
CREATE TABLE "Reports".docs (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW "Reports"."PublicDocs" WITH (security_barrier) AS SELECT id, owner, public FROM "Reports".docs WHERE public;
CREATE VIEW "Reports".mine AS SELECT id, owner FROM "Reports".docs WHERE owner = current_user;
