CREATE TYPE address AS (street text, city text, country text);
-- not stored in any table: its attributes can change type
CREATE TYPE geo AS (lat numeric, lon float8, label text COLLATE "C");
CREATE TYPE money_amount AS (amount numeric(12, 2), currency char(3));
CREATE TABLE offices (id int PRIMARY KEY, addr address, rent money_amount, history address[]);
COMMENT ON TYPE address IS 'postal address';
