SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: revokes EXECUTE from app_owner: their queries may fail
REVOKE GRANT OPTION FOR EXECUTE ON FUNCTION public.f() FROM app_owner;

-- hazard breaks-readers: revokes SELECT from current_user: their queries may fail
REVOKE SELECT ON TABLE public.t FROM CURRENT_USER;

GRANT EXECUTE ON FUNCTION public.f() TO PUBLIC;

GRANT DELETE, INSERT ON TABLE public.t TO app_owner;
