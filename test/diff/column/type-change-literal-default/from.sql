-- A type change converts the stored default, which keeps the old type when it is a literal:
-- 'x'::character varying on a text column, a timestamp read in the session's time zone at each
-- insert, an enum value. Those are set again after ALTER COLUMN … TYPE; a number or a function
-- call converts to what a new table would store, so it is left alone. Partition kind_p1 keeps a
-- literal default of its own, set again on it.
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE items (
    id integer NOT NULL,
    label varchar DEFAULT 'x',
    seen timestamp DEFAULT '2020-01-01',
    kind kind DEFAULT 'a',
    amount integer DEFAULT 0,
    created timestamp DEFAULT now()
);
CREATE TABLE parts (id integer NOT NULL, tag varchar DEFAULT 'p') PARTITION BY LIST (id);
CREATE TABLE parts_p1 PARTITION OF parts (tag DEFAULT 'own') FOR VALUES IN (1);
CREATE TABLE parts_p2 PARTITION OF parts FOR VALUES IN (2);
