SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.mine
ALTER VIEW public.mine SET (security_barrier=true);

-- lock: ACCESS EXCLUSIVE on public.public_docs
ALTER VIEW public.public_docs RESET (security_barrier, check_option);
