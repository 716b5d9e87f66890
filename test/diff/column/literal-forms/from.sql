-- Literals PostgreSQL types at parse time: the migration must store exactly what to.sql stores.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  status varchar(20) NOT NULL,
  amount numeric NOT NULL,
  big_count bigint DEFAULT 2,
  ratio numeric DEFAULT 1,
  created_at timestamp DEFAULT timezone('utc', now()),
  ttl interval DEFAULT '1 day'
);
