CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, owner_id bigint);
CREATE TABLE app.owners (id bigint PRIMARY KEY, account_id bigint);
-- a cycle of keys, deferred so rows can be inserted in one transaction
ALTER TABLE app.accounts ADD CONSTRAINT accounts_owner_fk FOREIGN KEY (owner_id) REFERENCES app.owners (id);
ALTER TABLE app.owners ADD CONSTRAINT owners_account_fk FOREIGN KEY (account_id) REFERENCES app.accounts (id) NOT VALID;
