-- WHERE conditions reading NEW and OLD (a bare column of an INSERT rule's condition is NEW's), a function call, IN lists
CREATE TABLE t (id int, status text, qty numeric);
CREATE TABLE audit (id int, what text);
