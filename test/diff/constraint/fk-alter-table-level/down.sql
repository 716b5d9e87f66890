SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on app.accounts
ALTER TABLE app.accounts ALTER CONSTRAINT accounts_owner_fk NOT DEFERRABLE;

-- lock: SHARE ROW EXCLUSIVE on app.owners
ALTER TABLE app.owners ALTER CONSTRAINT owners_account_fk NOT DEFERRABLE;
