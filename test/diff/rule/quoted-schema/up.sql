SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Shop"."Order Lines", ROW EXCLUSIVE on "Shop".history
CREATE RULE "Keep History" AS ON DELETE TO "Shop"."Order Lines"
WHERE old.qty > 0
DO ALSO INSERT INTO "Shop".history ("Id") VALUES (old."Id");

COMMENT ON RULE "Keep History" ON "Shop"."Order Lines" IS 'audit';
