-- qty is dropped: the generated columns computed from it go first
CREATE TABLE items (id int PRIMARY KEY, price numeric, total numeric GENERATED ALWAYS AS (price * 2) STORED);
