CREATE TYPE case_type AS ENUM ('ban', 'tempban', 'kick', 'warn', 'timeout');
CREATE TABLE cases (id int PRIMARY KEY, kind case_type NOT NULL DEFAULT 'timeout');
