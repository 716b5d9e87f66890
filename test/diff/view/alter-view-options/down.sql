SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Reports"."PublicDocs"
ALTER VIEW "Reports"."PublicDocs" SET (security_barrier=true);

-- lock: ACCESS EXCLUSIVE on "Reports"."PublicDocs"
ALTER VIEW "Reports"."PublicDocs" RESET (security_invoker, check_option);

-- lock: ACCESS EXCLUSIVE on "Reports".mine
ALTER VIEW "Reports".mine RESET (security_barrier, check_option);
