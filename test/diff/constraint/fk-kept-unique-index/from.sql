CREATE TABLE accounts (id integer, email text, CONSTRAINT accounts_email_key UNIQUE (email));
CREATE TABLE logins (email text REFERENCES accounts (email));
