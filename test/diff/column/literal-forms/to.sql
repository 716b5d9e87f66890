-- Literals PostgreSQL types at parse time: the migration must store exactly what to.sql stores.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  status varchar(20) NOT NULL CHECK (status IN ('new', 'done')),
  amount numeric NOT NULL CHECK (amount BETWEEN 0 AND 100),
  big_count bigint DEFAULT bigint '2',
  ratio numeric DEFAULT numeric '1',
  created_at timestamp DEFAULT (now() AT TIME ZONE 'utc'),
  ttl interval DEFAULT interval '1' day,
  label varchar(10) DEFAULT NULL,
  flag boolean DEFAULT 'yes'
);
