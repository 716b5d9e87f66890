CREATE TABLE t (a serial, x int);
