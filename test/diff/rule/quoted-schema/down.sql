SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Shop"."Order Lines"
-- hazard breaks-readers: changes what DELETE on "Shop"."Order Lines" does (rule "Keep History")
DROP RULE "Keep History" ON "Shop"."Order Lines";
