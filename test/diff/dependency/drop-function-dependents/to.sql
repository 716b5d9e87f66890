-- the functions are dropped: their users (a function, a default, a CHECK, an index, a policy, a trigger, a view) go first
CREATE TABLE tickets (id int PRIMARY KEY, no int);
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
