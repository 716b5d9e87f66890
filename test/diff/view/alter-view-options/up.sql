SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Reports"."PublicDocs"
ALTER VIEW "Reports"."PublicDocs" SET (security_invoker=true, check_option=local);

-- lock: ACCESS EXCLUSIVE on "Reports"."PublicDocs"
ALTER VIEW "Reports"."PublicDocs" RESET (security_barrier);

-- lock: ACCESS EXCLUSIVE on "Reports".mine
ALTER VIEW "Reports".mine SET (security_barrier=true, check_option=cascaded);
