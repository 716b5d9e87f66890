-- ALTER VIEW … SET / RESET in a schema file, and ALTER TABLE naming a view (bind ran them before views existed)
CREATE SCHEMA "Reports";
CREATE TABLE "Reports".docs (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW "Reports"."PublicDocs" WITH (security_barrier) AS SELECT id, owner, public FROM "Reports".docs WHERE public;
ALTER VIEW "Reports"."PublicDocs" SET (security_invoker = true, check_option = local);
ALTER TABLE "Reports"."PublicDocs" RESET (security_barrier);
CREATE VIEW "Reports".mine AS SELECT id, owner FROM "Reports".docs WHERE owner = current_user;
ALTER VIEW "Reports".mine SET (security_barrier);
ALTER VIEW "Reports".mine SET (check_option = cascaded);
