SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders"
ALTER TABLE "Sales"."Orders" ALTER COLUMN "Code" DROP EXPRESSION;

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders"
ALTER TABLE "Sales"."Orders" ALTER COLUMN "Code" SET DEFAULT 0;
