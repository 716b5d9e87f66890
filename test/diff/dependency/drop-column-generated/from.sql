CREATE TABLE items (id int PRIMARY KEY, price numeric, qty int, total numeric GENERATED ALWAYS AS (price * qty) STORED, label text GENERATED ALWAYS AS ('q' || qty::text) STORED);
