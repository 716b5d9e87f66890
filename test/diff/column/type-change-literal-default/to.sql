CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE items (
    id integer NOT NULL,
    label text DEFAULT 'x',
    seen timestamptz DEFAULT '2020-01-01',
    kind text DEFAULT 'a',
    amount bigint DEFAULT 0,
    created timestamptz DEFAULT now()
);
CREATE TABLE parts (id integer NOT NULL, tag text DEFAULT 'p') PARTITION BY LIST (id);
CREATE TABLE parts_p1 PARTITION OF parts (tag DEFAULT 'own') FOR VALUES IN (1);
CREATE TABLE parts_p2 PARTITION OF parts FOR VALUES IN (2);
