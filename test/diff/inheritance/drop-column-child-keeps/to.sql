CREATE TABLE base (created timestamp DEFAULT now());
CREATE TABLE kept (a1 integer, e integer) INHERITS (base);
CREATE TABLE grandkid (g integer) INHERITS (kept);
CREATE TABLE lost (b1 integer) INHERITS (base);
