CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, region text NOT NULL, plan text NOT NULL DEFAULT 'free');
