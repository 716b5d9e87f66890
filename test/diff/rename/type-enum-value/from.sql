CREATE TYPE colour AS ENUM ('red', 'grean', 'blue');
CREATE TABLE paint (id int PRIMARY KEY, c colour NOT NULL DEFAULT 'grean');
