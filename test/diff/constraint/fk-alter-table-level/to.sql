CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, owner_id bigint);
CREATE TABLE app.owners (id bigint PRIMARY KEY, account_id bigint);
ALTER TABLE app.accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES app.owners (id) DEFERRABLE INITIALLY DEFERRED;
-- still NOT VALID: only the deferrability changes
ALTER TABLE app.owners ADD CONSTRAINT owners_account_fk FOREIGN KEY (account_id) REFERENCES app.accounts (id) DEFERRABLE INITIALLY DEFERRED NOT VALID;
