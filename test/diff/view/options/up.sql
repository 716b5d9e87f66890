SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.mine
ALTER VIEW public.mine RESET (security_barrier);

-- lock: ACCESS EXCLUSIVE on public.public_docs
ALTER VIEW public.public_docs SET (security_barrier=true, check_option=cascaded);
