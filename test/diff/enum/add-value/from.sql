CREATE TYPE case_type AS ENUM ('ban', 'kick', 'warn');
CREATE TABLE cases (id int PRIMARY KEY, kind case_type NOT NULL DEFAULT 'warn');
