SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION public.f() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.f() TO app_owner WITH GRANT OPTION;

GRANT SELECT ON TABLE public.t TO CURRENT_USER;

-- hazard breaks-readers: revokes DELETE, INSERT from app_owner: their queries may fail
REVOKE DELETE, INSERT ON TABLE public.t FROM app_owner;
