-- several actions in one rule, in order: INSERT, UPDATE with a bare column of the target, DELETE … USING, NOTIFY
CREATE TABLE t (id int, v text);
CREATE TABLE log (id int, v text, n int DEFAULT 0);
