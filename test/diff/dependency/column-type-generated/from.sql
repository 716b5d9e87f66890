CREATE TABLE lines (id int PRIMARY KEY, qty int, price int, total int GENERATED ALWAYS AS (qty * price) STORED);
