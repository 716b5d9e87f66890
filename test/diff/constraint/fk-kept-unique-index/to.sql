-- a UNIQUE constraint becomes a unique index of another name: DROP CONSTRAINT drops the index the
-- foreign key uses, so the key goes first and comes back after the index; down adopts the index into
-- the constraint (ADD CONSTRAINT … USING INDEX keeps the index): the foreign key is left alone there
CREATE TABLE accounts (id integer, email text);
CREATE UNIQUE INDEX accounts_email_uq ON accounts (email);
CREATE TABLE logins (email text REFERENCES accounts (email));
