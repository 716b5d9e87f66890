-- a partition created with PARTITION OF gets its copies of the parent's keys and indexes before its own
CREATE TABLE kept (a int, b int);
