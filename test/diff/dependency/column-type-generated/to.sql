-- qty becomes bigint: the generated column computed from it is dropped first and added after
CREATE TABLE lines (id int PRIMARY KEY, qty bigint, price int, total bigint GENERATED ALWAYS AS (qty * price) STORED);
